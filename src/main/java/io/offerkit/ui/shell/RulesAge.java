package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.Messages;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * How old an offer type's rules are, as people say it ("rules checked 3 months ago"): the day OfferKit last checked
 * the profile against its sources, so a user sees at a glance which offer types may have moved on since.
 */
final class RulesAge {
    private RulesAge() {
    }

    static String of(Profile profile, LocalDate today) {
        LocalDate checked = profile.verifiedOn();
        if (checked == null) {
            return Messages.text("offerType.age.unknown");
        }
        long days = ChronoUnit.DAYS.between(checked, today);
        Period period = Period.between(checked, today);
        long months = period.toTotalMonths();
        if (days <= 0) {
            return Messages.text("offerType.age.today");
        } else if (days == 1) {
            return Messages.text("offerType.age.yesterday");
        } else if (days < 14) {
            return Messages.format("offerType.age.days", days);
        } else if (months < 2) {
            return Messages.format("offerType.age.weeks", days / 7);
        } else if (months < 24) {
            return Messages.format("offerType.age.months", months);
        }
        return Messages.format("offerType.age.years", period.getYears());
    }
}
