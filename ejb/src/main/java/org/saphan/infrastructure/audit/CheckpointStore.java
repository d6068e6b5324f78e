package org.saphan.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.Checkpoints;

/**
 * Signed checkpoints of the chain's head, one line each, in a file of the server's data directory, apart from the
 * database: whoever can rewrite the audit table cannot also rewrite these without the key. Each line is
 * {@code <sequence> <hash> <epoch millis> <HMAC-SHA256 hex>}, signed over the chain id, the sequence, the hash and
 * the time. The key never appears in a log or an answer.
 */
@ApplicationScoped
public class CheckpointStore implements Checkpoints {

    private static final Logger LOG = Logger.getLogger(CheckpointStore.class.getName());
    private static final Pattern CHAIN_ID = Pattern.compile("[0-9a-f-]{36}");
    /** More than one line (at most about 170 bytes), so that the last line is whole in it. */
    private static final int TAIL_BYTES = 512;

    @Inject
    @ConfigProperty(name = "saphan.audit.key")
    Optional<String> configuredKey;

    private Path directory;
    private byte[] key;

    @PostConstruct
    void init() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        directory = Path.of(data, "saphan-audit");
        try {
            Files.createDirectories(directory);
            key = configuredKey.filter(k -> !k.isBlank())
                    .map(k -> k.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::generatedKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the audit checkpoint directory " + directory, e);
        }
    }

    private byte[] generatedKey() {
        Path file = directory.resolve("checkpoint.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    LOG.fine("no POSIX permissions here; the key file keeps the directory's");
                }
                LOG.info(() -> "Generated an audit checkpoint key in " + directory + " (SAPHAN_AUDIT_KEY not set)");
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit checkpoint key", e);
        }
    }

    @Override
    public synchronized void append(String chainId, long sequence, String hash, Instant at) {
        String line = sequence + " " + hash + " " + at.toEpochMilli() + " "
                + sign(mac(), chainId, sequence, hash, at.toEpochMilli()) + "\n";
        try {
            Files.writeString(file(chainId), line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an audit checkpoint", e);
        }
    }

    @Override
    public synchronized List<Checkpoint> read(String chainId) {
        Path file = file(chainId);
        List<Checkpoint> all = new ArrayList<>();
        if (!Files.exists(file)) {
            return all;
        }
        try {
            Mac mac = mac();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                all.add(parse(mac, chainId, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints", e);
        }
        return all;
    }

    /**
     * Reads only the file's end: the verify of every request starts from the last checkpoint, and the file grows by a
     * line every few minutes for as long as Saphan runs (a year is about 100,000 lines).
     */
    @Override
    public synchronized Optional<Checkpoint> last(String chainId) {
        Path file = file(chainId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            int n = (int) Math.min(f.length(), TAIL_BYTES);
            byte[] tail = new byte[n];
            f.seek(f.length() - n);
            f.readFully(tail);
            String text = new String(tail, StandardCharsets.US_ASCII).strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(parse(mac(), chainId, text.substring(text.lastIndexOf('\n') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints", e);
        }
    }

    private Checkpoint parse(Mac mac, String chainId, String line) {
        String[] p = line.strip().split(" ");
        if (p.length != 4) {
            return new Checkpoint(-1, "", Instant.EPOCH, false);
        }
        try {
            long seq = Long.parseLong(p[0]);
            long millis = Long.parseLong(p[2]);
            boolean ok = MessageDigest.isEqual(sign(mac, chainId, seq, p[1], millis)
                    .getBytes(StandardCharsets.US_ASCII), p[3].getBytes(StandardCharsets.US_ASCII));
            return new Checkpoint(seq, p[1], Instant.ofEpochMilli(millis), ok);
        } catch (NumberFormatException e) {
            return new Checkpoint(-1, "", Instant.EPOCH, false);
        }
    }

    private Path file(String chainId) {
        if (!CHAIN_ID.matcher(chainId).matches()) {
            throw new IllegalArgumentException("not a chain id");
        }
        return directory.resolve("checkpoints-" + chainId + ".log");
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private static String sign(Mac mac, String chainId, long sequence, String hash, long millis) {
        return HexFormat.of().formatHex(mac.doFinal((chainId + "|" + sequence + "|" + hash + "|" + millis)
                .getBytes(StandardCharsets.US_ASCII)));
    }
}
