package dk.caseportal.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pager under "Mine sager": what it shows and where a click takes the list. */
class PagingTest {

    @Test
    void theFirstPageOfAListShowsItsRangeAndTheFirstPageNumbers() {
        Paging paging = new Paging();
        paging.found(6612);

        assertThat(paging.page()).isEqualTo(1);
        assertThat(paging.pageCount()).isEqualTo(265);
        assertThat(paging.firstShown()).isEqualTo(1);
        assertThat(paging.lastShown()).isEqualTo(25);
        assertThat(paging.window()).containsExactly(1, 2, 3, 4, 5);
        assertThat(paging.isFirstPage()).isTrue();
        assertThat(paging.isLastPage()).isFalse();
    }

    @Test
    void aPageInTheMiddleIsCentredAndTheLastPageShowsTheRest() {
        Paging paging = new Paging();
        paging.found(6612);

        paging.goTo(100);
        assertThat(paging.first()).isEqualTo(2475);
        assertThat(paging.window()).containsExactly(98, 99, 100, 101, 102);

        paging.goTo(265);
        assertThat(paging.firstShown()).isEqualTo(6601);
        assertThat(paging.lastShown()).isEqualTo(6612);
        assertThat(paging.window()).containsExactly(261, 262, 263, 264, 265);
        assertThat(paging.isLastPage()).isTrue();
    }

    @Test
    void pageNumbersOutOfRangeGoToTheNearestPage() {
        Paging paging = new Paging();
        paging.found(60);

        paging.goTo(0);
        assertThat(paging.page()).isEqualTo(1);
        paging.goTo(99);
        assertThat(paging.page()).isEqualTo(3);
    }

    @Test
    void aPageAskedForBeforeTheTotalIsKnownIsCorrectedWhenTheListIsRead() {
        Paging paging = new Paging();
        paging.goTo(3);
        assertThat(paging.first()).isEqualTo(50);

        paging.goTo(Integer.MAX_VALUE);
        paging.found(60);
        assertThat(paging.page()).isEqualTo(3);
        assertThat(paging.firstShown()).isEqualTo(51);
    }

    @Test
    void aListThatShrankBelowThePageShownMovesToItsLastPage() {
        Paging paging = new Paging();
        paging.found(100);
        paging.goTo(4);

        paging.found(30);

        assertThat(paging.page()).isEqualTo(2);
        assertThat(paging.firstShown()).isEqualTo(26);
    }

    @Test
    void moreRowsPerPageKeepTheFirstRowInViewAndOnlyOfferedSizesAreTaken() {
        Paging paging = new Paging();
        paging.found(300);
        paging.goTo(3);

        paging.resize(100);
        assertThat(paging.size()).isEqualTo(100);
        assertThat(paging.first()).isZero();
        assertThat(paging.lastShown()).isEqualTo(100);

        paging.resize(7);
        assertThat(paging.size()).as("not a choice on the page").isEqualTo(100);
    }

    @Test
    void anEmptyListShowsNothingOnOnePage() {
        Paging paging = new Paging();
        paging.found(0);

        assertThat(paging.firstShown()).isZero();
        assertThat(paging.lastShown()).isZero();
        assertThat(paging.pageCount()).isEqualTo(1);
        assertThat(paging.window()).containsExactly(1);
    }
}
