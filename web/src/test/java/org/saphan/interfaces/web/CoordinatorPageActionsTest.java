package org.saphan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saphan.domain.model.audit.AuditAction;

/**
 * The coordinator's log page filters by action from a list of its own and names each action in English and Thai:
 * both must follow {@link AuditAction}, or an action the server writes could not be searched for, or would show as
 * its code.
 */
class CoordinatorPageActionsTest {

    private static final Path PAGE = Path.of("src/main/webapp/coordinator");

    @Test
    void theLogPageOffersEveryActionAndNoOther() throws IOException {
        String js = Files.readString(PAGE.resolve("log.js"), StandardCharsets.UTF_8);
        Matcher list = Pattern.compile("const ACTIONS = \\[(.*?)\\];", Pattern.DOTALL).matcher(js);
        assertTrue(list.find(), "log.js declares its ACTIONS");
        List<String> offered = Pattern.compile("'([A-Z_]+)'").matcher(list.group(1)).results()
                .map(m -> m.group(1)).sorted().toList();
        List<String> written = Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
        assertEquals(written, offered);
    }

    @Test
    void everyActionHasItsNameInEnglishAndThai() throws IOException {
        for (String language : List.of("en", "th")) {
            String messages = Files.readString(PAGE.resolve("messages/" + language + ".json"), StandardCharsets.UTF_8);
            for (AuditAction action : AuditAction.values()) {
                assertTrue(messages.contains("\"coordinator.action." + action.name() + "\":"),
                        action + " has no name in " + language + ".json");
            }
        }
    }
}
