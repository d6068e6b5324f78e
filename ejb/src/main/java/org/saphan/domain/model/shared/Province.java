package org.saphan.domain.model.shared;

import java.util.Locale;

/**
 * The 77 provinces of Thailand (Bangkok counted as one), by their usual English names. An on-site booking happens in
 * one; an interpreter serves some on site. Stored by constant name, shown by English name.
 */
public enum Province {
    BANGKOK("Bangkok"),
    AMNAT_CHAROEN("Amnat Charoen"),
    ANG_THONG("Ang Thong"),
    BUENG_KAN("Bueng Kan"),
    BURIRAM("Buriram"),
    CHACHOENGSAO("Chachoengsao"),
    CHAI_NAT("Chai Nat"),
    CHAIYAPHUM("Chaiyaphum"),
    CHANTHABURI("Chanthaburi"),
    CHIANG_MAI("Chiang Mai"),
    CHIANG_RAI("Chiang Rai"),
    CHONBURI("Chonburi"),
    CHUMPHON("Chumphon"),
    KALASIN("Kalasin"),
    KAMPHAENG_PHET("Kamphaeng Phet"),
    KANCHANABURI("Kanchanaburi"),
    KHON_KAEN("Khon Kaen"),
    KRABI("Krabi"),
    LAMPANG("Lampang"),
    LAMPHUN("Lamphun"),
    LOEI("Loei"),
    LOPBURI("Lopburi"),
    MAE_HONG_SON("Mae Hong Son"),
    MAHA_SARAKHAM("Maha Sarakham"),
    MUKDAHAN("Mukdahan"),
    NAKHON_NAYOK("Nakhon Nayok"),
    NAKHON_PATHOM("Nakhon Pathom"),
    NAKHON_PHANOM("Nakhon Phanom"),
    NAKHON_RATCHASIMA("Nakhon Ratchasima"),
    NAKHON_SAWAN("Nakhon Sawan"),
    NAKHON_SI_THAMMARAT("Nakhon Si Thammarat"),
    NAN("Nan"),
    NARATHIWAT("Narathiwat"),
    NONG_BUA_LAMPHU("Nong Bua Lamphu"),
    NONG_KHAI("Nong Khai"),
    NONTHABURI("Nonthaburi"),
    PATHUM_THANI("Pathum Thani"),
    PATTANI("Pattani"),
    PHANG_NGA("Phang Nga"),
    PHATTHALUNG("Phatthalung"),
    PHAYAO("Phayao"),
    PHETCHABUN("Phetchabun"),
    PHETCHABURI("Phetchaburi"),
    PHICHIT("Phichit"),
    PHITSANULOK("Phitsanulok"),
    PHRA_NAKHON_SI_AYUTTHAYA("Phra Nakhon Si Ayutthaya"),
    PHRAE("Phrae"),
    PHUKET("Phuket"),
    PRACHINBURI("Prachinburi"),
    PRACHUAP_KHIRI_KHAN("Prachuap Khiri Khan"),
    RANONG("Ranong"),
    RATCHABURI("Ratchaburi"),
    RAYONG("Rayong"),
    ROI_ET("Roi Et"),
    SA_KAEO("Sa Kaeo"),
    SAKON_NAKHON("Sakon Nakhon"),
    SAMUT_PRAKAN("Samut Prakan"),
    SAMUT_SAKHON("Samut Sakhon"),
    SAMUT_SONGKHRAM("Samut Songkhram"),
    SARABURI("Saraburi"),
    SATUN("Satun"),
    SING_BURI("Sing Buri"),
    SISAKET("Sisaket"),
    SONGKHLA("Songkhla"),
    SUKHOTHAI("Sukhothai"),
    SUPHAN_BURI("Suphan Buri"),
    SURAT_THANI("Surat Thani"),
    SURIN("Surin"),
    TAK("Tak"),
    TRANG("Trang"),
    TRAT("Trat"),
    UBON_RATCHATHANI("Ubon Ratchathani"),
    UDON_THANI("Udon Thani"),
    UTHAI_THANI("Uthai Thani"),
    UTTARADIT("Uttaradit"),
    YALA("Yala"),
    YASOTHON("Yasothon");

    private final String englishName;

    Province(String englishName) {
        this.englishName = englishName;
    }

    /** The name as people write it in English, such as "Phang Nga"; also the form in JSON. */
    public String englishName() {
        return englishName;
    }

    /** Reads a province typed into the {@code province} field. */
    public static Province of(String name) {
        return of(name, "province");
    }

    /**
     * Reads a province by its English name or its constant name, ignoring case, spaces, dashes and underscores, so
     * that "Phang Nga", "PHANG_NGA" and "phangnga" are the same.
     *
     * @throws ValidationException when it is missing or not a Thai province
     */
    public static Province of(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, "The province is missing: give its English name, such as Tak.");
        }
        String wanted = squeeze(name);
        for (Province province : values()) {
            if (squeeze(province.englishName).equals(wanted)) {
                return province;
            }
        }
        throw new ValidationException(field, "Unknown province '" + name.strip()
                + "': give the English name of a Thai province, such as Tak, Sa Kaeo or Samut Sakhon.");
    }

    private static String squeeze(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return englishName;
    }
}
