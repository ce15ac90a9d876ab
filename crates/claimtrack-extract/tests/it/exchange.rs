//! Exchange claims over short paragraphs written for these tests.

use crate::check;

#[test]
fn swap_with_counts_each_and_a_mediator() {
    check(
        "exchange",
        "Russia and Ukraine exchanged 150 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates.",
        "2025-09-01",
        &[
            "exchange items=[prisoners_of_war:150:Russia>Ukraine, prisoners_of_war:150:Ukraine>Russia] parties=[Russia, Ukraine] mediator=United Arab Emirates when=[2025-08-30] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn for_with_figures_and_words() {
    check(
        "exchange",
        "Moscow and Kyiv carried out a 390-for-390 exchange on Friday. Ukraine said it had received the bodies of nine hundred soldiers from Russia.",
        "2025-05-24",
        &[
            "exchange items=[prisoners:390:Russia>Ukraine, prisoners:390:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[2025-05-23] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:900:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=completed | speaker=Ukraine actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn one_way_release_with_owner_and_approximate_amounts() {
    check(
        "exchange",
        "Hamas freed four Israeli hostages on Saturday. Israel released hundreds of detainees from Gaza on Thursday, according to the ICRC.",
        "2025-01-27",
        &[
            "exchange items=[hostages:4:Hamas>Israel] parties=[Hamas, Israel] mediator=null when=[2025-01-25] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:hundreds:Israel>null] parties=[Israel] mediator=null when=[2025-01-23] status=completed | speaker=the ICRC actor=International Committee of the Red Cross verb=according to",
        ],
    );
}

#[test]
fn agreed_between_two_named_sides() {
    check(
        "exchange",
        "Armenia and Azerbaijan agreed to release all remaining detainees.",
        "2025-03-10",
        &[
            "exchange items=[prisoners:-:Armenia>Azerbaijan, prisoners:-:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn demanded_return_goes_to_the_speaker() {
    check(
        "exchange",
        "Russia has held the children since 2022. Kyiv demanded the return of thousands of children deported to Russia.",
        "2025-03-10",
        &[
            "exchange items=[children:thousands:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=demanded | speaker=Kyiv actor=Ukraine verb=demanded",
        ],
    );
}

#[test]
fn agendas_questions_and_adjectives_are_not_claims() {
    check(
        "exchange",
        "The agenda includes the return of prisoners of war. Could the sides exchange more prisoners? Crowds greeted the freed prisoners in Ramallah. It did not say how many people would be released.",
        "2025-03-10",
        &[],
    );
}

#[test]
fn brought_home_names_the_receiving_side() {
    check(
        "exchange",
        "Ukraine brought home 84 defenders from Russian captivity on Thursday, Zelensky said.",
        "2025-08-15",
        &[
            "exchange items=[prisoners_of_war:84:Russia>Ukraine] parties=[Ukraine, Russia] mediator=null when=[2025-08-14] status=completed | speaker=Zelensky actor=Ukraine verb=said",
        ],
    );
}
