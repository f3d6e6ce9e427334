package cn.xinjiuye.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No emoji in the interface: phones without an emoji font show them as boxes, and a picture without its name says
 * nothing to a touch user. Icons come from Bootstrap Icons (fragments/icons) with their name beside them.
 */
class NoEmojiTest {

    /** Emoji and pictographs, dingbats and symbols that phones draw as emoji, and the emoji variation selector. */
    static final Pattern EMOJI = Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{2604}\\x{2606}-\\x{26FF}\\x{2700}-\\x{27BF}\\x{FE0F}]");

    @Test
    void templatesScriptsMessagesAndCodeHaveNoEmoji() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(html|js|css|properties|java)$"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (EMOJI.matcher(lines.get(i)).find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsAnEmoji() {
        assertThat(EMOJI.matcher("饮用水 💧").find()).isTrue();
        assertThat(EMOJI.matcher("☂️ 雨伞").find()).isTrue();
        assertThat(EMOJI.matcher("饮用水 ★ 推荐").find()).isFalse();
    }
}
