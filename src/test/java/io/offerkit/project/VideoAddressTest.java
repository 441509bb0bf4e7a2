package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.VideoAddress.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoAddressTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ",
            "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s, YOUTUBE, dQw4w9WgXcQ",
            "https://m.youtube.com/watch?feature=share&v=a-b_c1234XY, YOUTUBE, a-b_c1234XY",
            "'  https://vimeo.com/76979871  ', VIMEO, 76979871",
            "https://www.vimeo.com/76979871/, VIMEO, 76979871",
    })
    void takesTheWatchAndPageAddresses(String typed, Host host, String id) {
        VideoAddress.Parsed parsed = VideoAddress.parse(typed);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.address()).contains(new VideoAddress(host, id));
    }

    @Test
    void givesTheCanonicalAddressBack() {
        assertThat(VideoAddress.parse("https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1").address().orElseThrow().url())
                .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(VideoAddress.parse("https://www.vimeo.com/76979871").address().orElseThrow().url())
                .isEqualTo("https://vimeo.com/76979871");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://youtu.be/dQw4w9WgXcQ | short link, which Partner Center does not take: use the full address, https://www.youtube.com/watch?v=dQw4w9WgXcQ.",
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ | Use the https address",
            "http://vimeo.com/76979871 | Use the https address",
            "https://www.dailymotion.com/video/x7tgad0 | YouTube or Vimeo only; www.dailymotion.com is neither.",
            "https://www.youtube.com/embed/dQw4w9WgXcQ | player (embed) address",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ | Shorts address",
            "https://www.youtube.com/watch?list=PL123 | no video id",
            "https://www.youtube.com/watch?v=short | no video id",
            "https://player.vimeo.com/video/76979871 | https://vimeo.com/76979871.",
            "https://vimeo.com/channels/staffpicks | followed by its number",
            "www.youtube.com/watch?v=dQw4w9WgXcQ | must start with https://",
            "ftp://vimeo.com/76979871 | must start with https://",
            "https://exa mple.com | not a web address",
    })
    void refusesEveryOtherFormWithTheOneToUse(String typed, String problem) {
        VideoAddress.Parsed parsed = VideoAddress.parse(typed);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).contains(problem);
    }

    @Test
    void aMissingAddressIsSaidSo() {
        assertThat(VideoAddress.parse("   ").problem()).isEqualTo("The video has no address yet.");
        assertThat(VideoAddress.parse(null).isValid()).isFalse();
    }
}
