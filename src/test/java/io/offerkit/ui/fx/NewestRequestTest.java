package io.offerkit.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewestRequestTest {
    final NewestRequest requests = new NewestRequest();

    @Test
    void aNewerRequestMakesTheOlderTicketsStale() {
        NewestRequest.Ticket first = requests.next();
        assertThat(first.isCurrent()).isTrue();
        NewestRequest.Ticket second = requests.next();
        assertThat(first.isCurrent()).isFalse();
        assertThat(second.isCurrent()).isTrue();
    }

    @Test
    void droppingAllMakesEveryTicketStale() {
        NewestRequest.Ticket ticket = requests.next();
        requests.dropAll();
        assertThat(ticket.isCurrent()).isFalse();
        assertThat(requests.next().isCurrent()).isTrue();
    }

    @Test
    void aSlowResultOfAnOlderRequestIsDroppedAndTheNewestIsApplied() {
        HeldWork work = new HeldWork();
        List<String> applied = new ArrayList<>();
        work.submit("old", () -> "old", requests.next().ifCurrent(applied::add), e -> { });
        work.submit("new", () -> "new", requests.next().ifCurrent(applied::add), e -> { });

        work.runAll(); // the old result arrives after the newer request was made

        assertThat(applied).containsExactly("new");
    }

    @Test
    void aResultAfterDroppingAllIsNotApplied() {
        List<String> applied = new ArrayList<>();
        var apply = requests.next().<String>ifCurrent(applied::add);
        requests.dropAll();
        apply.accept("late");
        assertThat(applied).isEmpty();
    }
}
