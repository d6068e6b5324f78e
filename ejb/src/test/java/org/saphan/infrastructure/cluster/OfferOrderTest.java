package org.saphan.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No phone hears an offer after its withdrawal, whichever arrives first. */
class OfferOrderTest {

    private final OfferOrder order = new OfferOrder();
    private final List<String> phone = new ArrayList<>();

    @Test
    void anOfferThenItsWithdrawalBothReachThePhone() {
        assertTrue(order.offer(7, () -> phone.add("offer 7")));
        order.withdrawal(7, () -> phone.add("withdrawn 7"));
        assertEquals(List.of("offer 7", "withdrawn 7"), phone);
    }

    @Test
    void anOfferArrivingAfterItsWithdrawalIsDropped() {
        order.withdrawal(8, () -> phone.add("withdrawn 8"));
        assertFalse(order.offer(8, () -> phone.add("offer 8")), "the late offer from the other node");
        assertTrue(order.offer(9, () -> phone.add("offer 9")), "other offers are not held back");
        assertEquals(List.of("withdrawn 8", "offer 9"), phone);
    }
}
