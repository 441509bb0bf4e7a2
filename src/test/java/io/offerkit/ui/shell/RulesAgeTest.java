package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How old an offer type's rules are, in the words File > New shows beside it. */
class RulesAgeTest {
    private static final Profile SEED = ProfileRegistry.builtIn().defaultProfile();

    private static String at(LocalDate today) {
        return RulesAge.of(SEED, today);
    }

    @Test
    void saysTheAgeAsPeopleSayIt() {
        LocalDate checked = SEED.verifiedOn();
        assertThat(at(checked)).isEqualTo("rules checked today");
        assertThat(at(checked.plusDays(1))).isEqualTo("rules checked yesterday");
        assertThat(at(checked.plusDays(10))).isEqualTo("rules checked 10 days ago");
        assertThat(at(checked.plusDays(20))).isEqualTo("rules checked 2 weeks ago");
        assertThat(at(checked.plusMonths(3))).isEqualTo("rules checked 3 months ago");
        assertThat(at(checked.plusYears(1).plusMonths(11))).isEqualTo("rules checked 23 months ago");
        assertThat(at(checked.plusYears(2))).isEqualTo("rules checked 2 years ago");
    }
}
