//! Deadline claims over short paragraphs written for these tests.

use crate::check;

#[test]
fn unless_within_days_from_last_week() {
    check(
        "deadline",
        "Senator Lindsey Graham praised the plan. Last week President Donald Trump warned that he would impose tariffs on India unless it stopped buying Russian oil within 21 days.",
        "2025-08-20",
        &[
            "deadline issuer=United States targets=[India] demand=it stopped buying Russian oil consequence=impose tariffs on India expression=within 21 days issued=2025-08-11..2025-08-17 due=2025-09-01..2025-09-07 | speaker=President Donald Trump actor=United States verb=warned",
        ],
    );
}

#[test]
fn gave_until_a_weekday_to_or_face() {
    check(
        "deadline",
        "On Sunday, Israel gave Hamas until Friday to hand over the remaining bodies or face renewed strikes.",
        "2025-10-27",
        &[
            "deadline issuer=Israel targets=[Hamas] demand=hand over the remaining bodies consequence=renewed strikes expression=until Friday issued=2025-10-26 due=2025-10-31 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn hour_ultimatum_and_must_by_a_date() {
    check(
        "deadline",
        "Sudan's army has held El Obeid for months. The RSF issued a 72-hour ultimatum to the army on Monday. Lebanon's president said Israel must leave the five hilltops by February 18.",
        "2025-02-11",
        &[
            "deadline issuer=Rapid Support Forces targets=[Sudanese Armed Forces] demand=null consequence=null expression=a 72-hour ultimatum issued=2025-02-10 due=2025-02-13 | speaker=null actor=null verb=null",
            "deadline issuer=Lebanon targets=[Israel] demand=leave the five hilltops consequence=null expression=by February 18 issued=2025-02-11 due=2025-02-18 | speaker=Lebanon's president actor=Lebanon verb=said",
        ],
    );
}

#[test]
fn references_and_schedules_are_not_deadlines() {
    check(
        "deadline",
        "Putin was unfazed by Trump's ultimatum. Talks will resume on Friday in Geneva. The war could end by the end of the year, analysts said.",
        "2025-07-24",
        &[],
    );
}

#[test]
fn deadline_of_a_date_for_an_actor_to_act() {
    check(
        "deadline",
        "European leaders on Saturday set a deadline of May 12 for Russia to accept a 30-day ceasefire or face new sanctions.",
        "2025-05-11",
        &[
            "deadline issuer=null targets=[Russia] demand=accept a 30-day ceasefire consequence=new sanctions expression=May 12 issued=2025-05-10 due=2025-05-12 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn threats_with_if_not_and_passive_limits() {
    check(
        "deadline",
        "The European Union threatened new sanctions if Moscow does not agree to a ceasefire by the end of the month. Iran has been given until October to let inspectors back, diplomats said.",
        "2025-07-29",
        &[
            "deadline issuer=European Union targets=[Russia] demand=agree to a ceasefire consequence=new sanctions expression=by the end of the month issued=2025-07-29 due=2025-07-31 | speaker=The European Union actor=European Union verb=threatened",
            "deadline issuer=null targets=[Iran] demand=let inspectors back consequence=null expression=until October issued=2025-07-29 due=2025-10-01..2025-10-31 | speaker=diplomats actor=null verb=said",
        ],
    );
}

#[test]
fn business_limits_without_actors_are_not_deadlines() {
    check(
        "deadline",
        "The retailer gave shareholders until Friday to tender their shares. The central bank must decide by Thursday, analysts said.",
        "2025-09-02",
        &[],
    );
}

#[test]
fn consequences_after_otherwise_and_or_see() {
    check(
        "deadline",
        "France gave Iran until the end of August to restore inspections or see United Nations sanctions reimposed. Turkish Foreign Minister Hakan Fidan said the SDF must hand over its heavy weapons no later than the end of the year, warning that Turkey would otherwise act.",
        "2025-07-18",
        &[
            "deadline issuer=France targets=[Iran] demand=restore inspections consequence=United Nations sanctions reimposed expression=until the end of August issued=2025-07-18 due=2025-08-31 | speaker=null actor=null verb=null",
            "deadline issuer=Turkey targets=[Syrian Democratic Forces] demand=hand over its heavy weapons consequence=Turkey would otherwise act expression=no later than the end of the year issued=2025-07-18 due=2025-12-31 | speaker=Turkish Foreign Minister Hakan Fidan actor=Turkey verb=said",
        ],
    );
}

#[test]
fn issued_on_the_day_of_the_statement() {
    check(
        "deadline",
        "Hamas has until Sunday to hand over the remaining bodies, the Israeli military said on Thursday.",
        "2025-10-25",
        &[
            "deadline issuer=Israel targets=[Hamas] demand=hand over the remaining bodies consequence=null expression=until Sunday issued=2025-10-23 due=2025-10-26 | speaker=the Israeli military actor=Israel verb=said",
        ],
    );
}

#[test]
fn an_extended_deadline_and_a_time_of_day_before_the_day() {
    check(
        "deadline",
        "Pakistan extended the deadline to March 31 for holders of student visas. Trump set a deadline of noon on Friday for Hamas to free the remaining hostages.",
        "2025-03-10",
        &[
            "deadline issuer=Pakistan targets=[] demand=null consequence=null expression=to March 31 issued=2025-03-10 due=2025-03-31 | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[Hamas] demand=free the remaining hostages consequence=null expression=noon on Friday issued=2025-03-10 due=2025-03-14 | speaker=null actor=null verb=null",
        ],
    );
}
