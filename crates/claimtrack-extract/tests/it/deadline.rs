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
        "The European Union threatened new sanctions if Moscow does not agree to a ceasefire by the end of the month. Iran has been given until October to let inspectors back, diplomats said. \
         A Turkish official told reporters that the PKK had been given three months to hand over its weapons.",
        "2025-07-29",
        &[
            "deadline issuer=European Union targets=[Russia] demand=agree to a ceasefire consequence=new sanctions expression=by the end of the month issued=2025-07-29 due=2025-07-31 | speaker=The European Union actor=European Union verb=threatened",
            "deadline issuer=null targets=[Iran] demand=let inspectors back consequence=null expression=until October issued=2025-07-29 due=2025-10-01..2025-10-31 | speaker=diplomats actor=null verb=said",
            "deadline issuer=null targets=[Kurdistan Workers' Party] demand=hand over its weapons consequence=null expression=three months issued=2025-07-29 due=2025-10-29 | speaker=A Turkish official actor=Turkey verb=told reporters",
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
fn consequences_in_quotes_after_otherwise_and_after_which() {
    check(
        "deadline",
        "Defence Minister Yoav Gallant said Lebanon had until Friday to pull its fighters back, warning that Israel would otherwise \u{201c}use all its strength\u{201d}. Kenya gave the Shabaab until the end of the month to free the hostages, after which \u{201c}no negotiation will be possible\u{201d}, officials said. The ministry gave traders seven days to register, failing which their licences would be cancelled.",
        "2025-06-10",
        &[
            "deadline issuer=Israel targets=[Lebanon] demand=pull its fighters back consequence=Israel would otherwise \u{201c}use all its strength\u{201d} expression=until Friday issued=2025-06-10 due=2025-06-13 | speaker=Defence Minister Yoav Gallant actor=Israel verb=said",
            "deadline issuer=Kenya targets=[al-Shabaab] demand=free the hostages consequence=no negotiation will be possible expression=until the end of the month issued=2025-06-10 due=2025-06-30 | speaker=officials actor=null verb=said",
            "deadline issuer=null targets=[] demand=register consequence=their licences would be cancelled expression=seven days issued=2025-06-10 due=2025-06-17 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn subjects_that_describe_a_side_issue_its_limits() {
    check(
        "deadline",
        "ISWAP fighters overran Marte on Sunday, Nigeria's army said. The jihadists gave Christians in Rann seven days to leave the town. Governor Babagana Zulum on Monday gave displaced families until Friday to return to their farms. The military gave ISWAP fighters until Thursday to surrender. The bandits gave farmers in Dansadau until Saturday to pay a levy.",
        "2025-09-16",
        &[
            "deadline issuer=Islamic State West Africa Province targets=[] demand=leave the town consequence=null expression=seven days issued=2025-09-16 due=2025-09-23 | speaker=null actor=null verb=null",
            "deadline issuer=Nigeria targets=[] demand=return to their farms consequence=null expression=until Friday issued=2025-09-15 due=2025-09-19 | speaker=null actor=null verb=null",
            "deadline issuer=Nigeria targets=[Islamic State West Africa Province] demand=surrender consequence=null expression=until Thursday issued=2025-09-16 due=2025-09-18 | speaker=null actor=null verb=null",
            "deadline issuer=Islamic State West Africa Province targets=[] demand=pay a levy consequence=null expression=until Saturday issued=2025-09-16 due=2025-09-20 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_object_described_after_its_name_is_the_target() {
    check(
        "deadline",
        "Baghdad has given the Sinjar Resistance Units (YBS), a Yazidi armed group, until the end of the year to hand over their checkpoints. On Friday, the government in Juba gave the SPLA-IO and the White Army, a Nuer youth militia, seven days to withdraw from Nasir County or face decisive action.",
        "2025-11-12",
        &[
            "deadline issuer=Iraq targets=[Sinjar Resistance Units] demand=hand over their checkpoints consequence=null expression=until the end of the year issued=2025-11-12 due=2025-12-31 | speaker=null actor=null verb=null",
            "deadline issuer=South Sudan targets=[Sudan People's Liberation Army-in-Opposition, White Army] demand=withdraw from Nasir County consequence=decisive action expression=seven days issued=2025-11-07 due=2025-11-14 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_group_named_in_spanish_described_or_by_its_nicknamed_leader_sets_its_limit() {
    check(
        "deadline",
        "The Estado Mayor de Bloques y Frente (EMBF), a FARC dissident group, has given families in Campo Dos until Friday to leave their homes. Viv Ansanm leader Jimmy \"Barbecue\" Cherizier gave residents of Kenscoff 48 hours to leave their homes.",
        "2026-03-25",
        &[
            "deadline issuer=Estado Mayor de Bloques y Frente targets=[] demand=leave their homes consequence=null expression=until Friday issued=2026-03-25 due=2026-03-27 | speaker=null actor=null verb=null",
            "deadline issuer=Viv Ansanm targets=[] demand=leave their homes consequence=null expression=48 hours issued=2026-03-25 due=2026-03-27 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_day_after_other_words_than_a_time_is_no_limit() {
    check(
        "deadline",
        "The troops there were resupplied by air drop on Sept. 8, the spokesperson told reporters. Hamas must hand over the bodies by 6 p.m. local time on Friday, Israel said.",
        "2026-09-12",
        &[
            "deadline issuer=Israel targets=[Hamas] demand=hand over the bodies consequence=null expression=by 6 p.m. local time on Friday issued=2026-09-12 due=2026-09-18 | speaker=Israel actor=Israel verb=said",
        ],
    );
}

#[test]
fn a_perfect_tense_with_a_duration_is_no_limit() {
    check(
        "deadline",
        "The New People's Army released a soldier it had held for four months to a church-led mission. The last Abu Sayyaf holdouts had until Friday to surrender. The governor said that the last Houthi fighters in the port, believed to number fewer than 10, had until Sept. 30 to leave.",
        "2026-09-12",
        &[
            "deadline issuer=null targets=[Abu Sayyaf] demand=surrender consequence=null expression=until Friday issued=2026-09-12 due=2026-09-18 | speaker=null actor=null verb=null",
            "deadline issuer=null targets=[Houthis] demand=leave consequence=null expression=until Sept. 30 issued=2026-09-12 due=2026-09-30 | speaker=The governor actor=null verb=said",
        ],
    );
}

#[test]
fn a_nationality_is_a_target_only_for_its_sides_own_people() {
    check(
        "deadline",
        "Pakistan gave Afghan migrants until February 28 to leave the country. Kenya gave Somali political leaders two weeks to agree on a date for the vote.",
        "2026-01-20",
        &[
            "deadline issuer=Pakistan targets=[] demand=leave the country consequence=null expression=until February 28 issued=2026-01-20 due=2026-02-28 | speaker=null actor=null verb=null",
            "deadline issuer=Kenya targets=[Somalia] demand=agree on a date for the vote consequence=null expression=two weeks issued=2026-01-20 due=2026-02-03 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_unnamed_gang_sets_limits_and_a_trade_group_does_not() {
    check(
        "deadline",
        "In Maru, residents said on Tuesday that the gang of a bandit leader had given farmers until Saturday to pay a levy or face attacks on their villages. The trade group gave members until Friday to file their returns.",
        "2026-02-11",
        &[
            "deadline issuer=null targets=[] demand=pay a levy consequence=attacks on their villages expression=until Saturday issued=2026-02-10 due=2026-02-14 | speaker=residents actor=null verb=said",
        ],
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

#[test]
fn extended_deadline_with_a_new_date() {
    check(
        "deadline",
        "Washington extended the deadline for Vietnam by 30 days, to March 30.",
        "2026-02-20",
        &[
            "deadline issuer=United States targets=[Vietnam] demand=null consequence=null expression=to March 30 issued=2026-02-20 due=2026-03-30 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn no_more_than_and_an_object_noun_phrase() {
    check(
        "deadline",
        "Kenya gave Somali political leaders no more than two weeks to agree on a date for the vote.",
        "2026-01-12",
        &[
            "deadline issuer=Kenya targets=[Somalia] demand=agree on a date for the vote consequence=null expression=no more than two weeks issued=2026-01-12 due=2026-01-26 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_subject_that_holds_the_time_is_the_target() {
    check(
        "deadline",
        "Burundi has until Friday to pull its soldiers out of the province.",
        "2026-01-13",
        &[
            "deadline issuer=null targets=[Burundi] demand=pull its soldiers out of the province consequence=null expression=until Friday issued=2026-01-13 due=2026-01-16 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_place_that_qualifies_a_gang_does_not_issue() {
    check(
        "deadline",
        "The leader of Haiti's Viv Ansanm gang coalition gave the government 72 hours to resign.",
        "2026-01-14",
        &[
            "deadline issuer=Viv Ansanm targets=[Haiti] demand=resign consequence=null expression=72 hours issued=2026-01-14 due=2026-01-17 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn consequences_after_warning() {
    check(
        "deadline",
        "The president gave Colombia until Friday to accept the flights, warning that a 25% levy would follow. Sudan's army gave the RSF until Sunday to leave the city, warning of a full assault otherwise.",
        "2026-01-14",
        &[
            "deadline issuer=null targets=[Colombia] demand=accept the flights consequence=a 25% levy expression=until Friday issued=2026-01-14 due=2026-01-16 | speaker=null actor=null verb=null",
            "deadline issuer=Sudanese Armed Forces targets=[Rapid Support Forces] demand=leave the city consequence=a full assault expression=until Sunday issued=2026-01-14 due=2026-01-18 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_closing_reporting_clause_dates_the_limit() {
    check(
        "deadline",
        "The junta gave the French envoy 48 hours to leave Niamey, two diplomats said on Monday.",
        "2026-01-15",
        &[
            "deadline issuer=null targets=[France] demand=leave Niamey consequence=null expression=48 hours issued=2026-01-12 due=2026-01-14 | speaker=two diplomats actor=null verb=said",
        ],
    );
}

#[test]
fn a_window_or_grace_period_and_or_be() {
    check(
        "deadline",
        "Last week the Nigerien junta gave Boko Haram fighters a 14-day grace period to disarm or be treated as enemy combatants.",
        "2026-02-11",
        &[
            "deadline issuer=Niger targets=[Boko Haram] demand=disarm consequence=be treated as enemy combatants expression=a 14-day grace period issued=2026-02-02..2026-02-08 due=2026-02-16..2026-02-22 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_ultimatum_ordering_someone_that_expires_on_a_day() {
    check(
        "deadline",
        "A Taliban ultimatum ordering the United Nations to close its office in Herat expires on Sunday, the Taliban-run information ministry said.",
        "2026-03-04",
        &[
            "deadline issuer=Afghanistan targets=[United Nations] demand=close its office in Herat consequence=null expression=on Sunday issued=2026-03-04 due=2026-03-08 | speaker=the Taliban-run information ministry actor=Afghanistan verb=said",
        ],
    );
}

#[test]
fn a_closing_third_party_does_not_issue() {
    check(
        "deadline",
        "Azerbaijan warned Armenia it must sign the border text within 30 days, state media reported, Russian officials said on Monday.",
        "2026-03-04",
        &[
            "deadline issuer=Azerbaijan targets=[Armenia] demand=sign the border text consequence=null expression=within 30 days issued=2026-03-02 due=2026-04-01 | speaker=Russian officials actor=Russia verb=said",
        ],
    );
}

#[test]
fn a_vague_limit_has_no_due_date() {
    check(
        "deadline",
        "The bloc gave the Malian junta a few weeks to publish an election timetable. The talks in Bamako lasted several weeks.",
        "2026-03-04",
        &[
            "deadline issuer=null targets=[Mali] demand=publish an election timetable consequence=null expression=a few weeks issued=2026-03-04 due=null | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_name_of_several_words_or_with_its_abbreviation_must_meet_it() {
    check(
        "deadline",
        "Iran said the United States must withdraw its troops from the region by Friday or face \
         attacks. Turkey said the Syrian Democratic Forces (SDF) must join the army by the end of \
         the year.",
        "2025-03-10",
        &[
            "deadline issuer=Iran targets=[United States] demand=withdraw its troops from the region consequence=attacks expression=by Friday issued=2025-03-10 due=2025-03-14 | speaker=Iran actor=Iran verb=said",
            "deadline issuer=Turkey targets=[Syrian Democratic Forces] demand=join the army consequence=null expression=by the end of the year issued=2025-03-10 due=2025-12-31 | speaker=Turkey actor=Turkey verb=said",
        ],
    );
}

#[test]
fn joined_targets_dated_limits_and_warned_consequences() {
    // Targets joined by "and" are each a target; the date a limit was set on stands between it
    // and the demand; what "would break out" is the consequence, its condition aside.
    check(
        "deadline",
        "Washington gave Kinshasa and Kigali until March 15 to sign the accord. \
         The ELN kidnapped six soldiers last week. Petro gave the group 48 hours on Monday to release the soldiers, warning that \"a storm\" would fall on its camps if it refused.",
        "2025-09-10",
        &[
            "deadline issuer=United States targets=[DR Congo, Rwanda] demand=sign the accord consequence=null expression=until March 15 issued=2025-09-10 due=2026-03-15 | speaker=null actor=null verb=null",
            "deadline issuer=Colombia targets=[National Liberation Army] demand=release the soldiers consequence=\"a storm\" would fall on its camps expression=48 hours issued=2025-09-08 due=2025-09-10 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_video_as_the_source_carries_its_speakers_side() {
    // "according to a video posted online": the video is the source; its side is that of the
    // sentence's own speaker.
    check(
        "deadline",
        "RSF commander Ali Rizeigat told residents of Kadugli they had until Sunday to leave the town, according to a video posted online.",
        "2025-09-10",
        &[
            "deadline issuer=Rapid Support Forces targets=[] demand=leave the town consequence=null expression=until Sunday issued=2025-09-10 due=2025-09-14 | speaker=a video posted online actor=Rapid Support Forces verb=according to",
        ],
    );
}

#[test]
fn the_side_given_a_deadline_does_not_own_it() {
    check(
        "deadline",
        "Syria's presidency said it had given the SDF a new deadline of March 7 to hand over the prisons.",
        "2025-09-10",
        &[
            "deadline issuer=Syria targets=[Syrian Democratic Forces] demand=hand over the prisons consequence=null expression=March 7 issued=2025-09-10 due=2026-03-07 | speaker=Syria's presidency actor=Syria verb=said",
        ],
    );
}

#[test]
fn an_unnamed_state_office_sets_limits_and_a_deadline_can_pass() {
    // An office of a state the sentence does not name still sets a limit when it gives or
    // orders one; "the deadline ... passed on Friday" dates the limit; a mandate that expires
    // is a schedule.
    check(
        "deadline",
        "The interior ministry ordered all foreign aid workers to leave the province by March 31. \
         The deadline for Hamas to hand over the remaining bodies passed on Friday. \
         The council's mandate expires on February 7.",
        "2025-09-10",
        &[
            "deadline issuer=null targets=[] demand=leave the province consequence=null expression=by March 31 issued=2025-09-10 due=2026-03-31 | speaker=null actor=null verb=null",
            "deadline issuer=null targets=[Hamas] demand=hand over the remaining bodies consequence=null expression=on Friday issued=2025-09-10 due=2025-09-05 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn what_comes_before_and_an_end_of_year_deadline() {
    // "has until X before Y": a limit without "to", Y its consequence; an end-of-year deadline
    // is due on the last day of the year; "before December 8" is a date, not a consequence.
    check(
        "deadline",
        "Tehran has until October 18 before UN sanctions snap back, diplomats said. \
         Azerbaijan set an end-of-year deadline for Armenia to amend its constitution. \
         Cambodia on Sunday gave Thai forces 24 hours to pull back to the positions they held before December 8.",
        "2025-09-10",
        &[
            "deadline issuer=null targets=[Iran] demand=null consequence=UN sanctions snap back expression=until October 18 issued=2025-09-10 due=2025-10-18 | speaker=diplomats actor=null verb=said",
            "deadline issuer=Azerbaijan targets=[Armenia] demand=amend its constitution consequence=null expression=end-of-year issued=2025-09-10 due=2025-12-31 | speaker=null actor=null verb=null",
            "deadline issuer=Cambodia targets=[Thailand] demand=pull back to the positions they held consequence=null expression=24 hours issued=2025-09-07 due=2025-09-08 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn limits_named_after_the_date_set_by_someone_or_bounded() {
    // "Friday is the deadline for X", "set October 1 as the deadline", "take effect on August
    // 1 unless", "no later than Wednesday", "was issued by", "wants X to ... by".
    check(
        "deadline",
        "Friday is the deadline for Hamas to respond to the proposal. \
         The EU set October 1 as the deadline for Serbia to align its foreign policy. \
         Trump said tariffs would take effect on August 1 unless India reached a deal. \
         The ultimatum, which expires on Sunday, was issued by the RSF on Thursday. \
         Pakistan wants the Taliban to hand over the militants by the end of the month. \
         Mali's junta demanded that the UN envoy leave the country no later than Wednesday.",
        "2025-07-10",
        &[
            "deadline issuer=null targets=[Hamas] demand=respond to the proposal consequence=null expression=Friday issued=2025-07-10 due=2025-07-11 | speaker=null actor=null verb=null",
            "deadline issuer=European Union targets=[Serbia] demand=align its foreign policy consequence=null expression=October 1 issued=2025-07-10 due=2025-10-01 | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[India] demand=India reached a deal consequence=take effect on August 1 expression=August 1 issued=2025-07-10 due=2025-08-01 | speaker=Trump actor=United States verb=said",
            "deadline issuer=Rapid Support Forces targets=[] demand=null consequence=null expression=on Sunday issued=2025-07-10 due=2025-07-13 | speaker=null actor=null verb=null",
            "deadline issuer=Pakistan targets=[Afghanistan] demand=hand over the militants consequence=null expression=by the end of the month issued=2025-07-10 due=2025-07-31 | speaker=null actor=null verb=null",
            "deadline issuer=Mali targets=[United Nations] demand=the UN envoy leave the country consequence=null expression=no later than Wednesday issued=2025-07-10 due=2025-07-16 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn requests_clock_times_final_dates_and_extensions_named_after() {
    // "asked X to ... within 30 days" (not "asked not to be named"), "until 18:00 Washington
    // time on Sunday", "set September 30 as the final date", "extended to July 9 the deadline",
    // "would face".
    check(
        "deadline",
        "A spokesman said Pakistan had asked the Taliban administration to close the camps within 30 days. \
         An official, who asked not to be named, said talks would resume within days. \
         Trump gave Hamas until 18:00 Washington time on Sunday to accept the plan. \
         The interior ministry has set September 30 as the final date for Afghan nationals to leave. \
         Trump extended to July 9 the deadline for the European Union to reach a trade deal. \
         Bessent said countries that did not reach agreements by July 8 would face higher rates.",
        "2025-05-26",
        &[
            "deadline issuer=Pakistan targets=[Afghanistan] demand=close the camps consequence=null expression=within 30 days issued=2025-05-26 due=2025-06-25 | speaker=A spokesman actor=null verb=said",
            "deadline issuer=United States targets=[Hamas] demand=accept the plan consequence=null expression=until 18:00 Washington time on Sunday issued=2025-05-26 due=2025-06-01 | speaker=null actor=null verb=null",
            "deadline issuer=null targets=[] demand=leave consequence=null expression=September 30 issued=2025-05-26 due=2025-09-30 | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[European Union] demand=reach a trade deal consequence=null expression=to July 9 issued=2025-05-26 due=2025-07-09 | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[] demand=null consequence=higher rates expression=by July 8 issued=2025-05-26 due=2025-07-08 | speaker=Bessent actor=United States verb=said",
        ],
    );
}

#[test]
fn the_army_or_junta_given_a_limit_is_the_states() {
    // In an article of a state against an armed group, "the army" given a limit is that state's
    // army ("Sudan's army" is the Sudanese Armed Forces), even where foreign forces are named
    // more; "the junta" is the state; a quoted limit still follows its object.
    check(
        "deadline",
        "The RSF attacked Sudanese positions near Babanusa, and the RSF said Sudan had lost the town of Keilak. \
         The RSF gave the army garrison in the town 72 hours to lay down its weapons. \
         JNIM gave the junta \"no more than two weeks\" to withdraw from Diafarabe.",
        "2025-09-10",
        &[
            "deadline issuer=Rapid Support Forces targets=[Sudanese Armed Forces] demand=lay down its weapons consequence=null expression=72 hours issued=2025-09-10 due=2025-09-13 | speaker=null actor=null verb=null",
            "deadline issuer=Jama'at Nusrat al-Islam wal-Muslimin targets=[Sudan] demand=withdraw from Diafarabe consequence=null expression=no more than two weeks issued=2025-09-10 due=2025-09-24 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_clause_after_or_and_had_to_in_reported_speech() {
    check(
        "deadline",
        "The foreign minister said Serbia had 20 days to withdraw its police units, or the border crossings would stay closed. The envoy said Armenia had to sign the text by Friday, warning that any delay would be read as a refusal. The foreign ministry said Moldova had until the end of May to comply, after which Moscow would \u{201c}revoke every licence\u{201d} in the sector.",
        "2025-04-02",
        &[
            "deadline issuer=null targets=[Serbia] demand=withdraw its police units consequence=the border crossings would stay closed expression=20 days issued=2025-04-02 due=2025-04-22 | speaker=The foreign minister actor=null verb=said",
            "deadline issuer=null targets=[Armenia] demand=sign the text consequence=any delay would be read as a refusal expression=by Friday issued=2025-04-02 due=2025-04-04 | speaker=The envoy actor=null verb=said",
            "deadline issuer=null targets=[Moldova] demand=comply consequence=Moscow would \u{201c}revoke every licence\u{201d} in the sector expression=until the end of May issued=2025-04-02 due=2025-05-31 | speaker=The foreign ministry actor=null verb=said",
        ],
    );
}

#[test]
fn how_long_a_state_lasts_is_no_deadline_and_member_states_issue_limits() {
    check(
        "deadline",
        "The governor ordered markets to remain closed until Sunday. \
         Puntland gave federal troops ten days to leave Garowe.",
        "2025-04-02",
        &[
            "deadline issuer=Puntland targets=[] demand=leave Garowe consequence=null expression=ten days issued=2025-04-02 due=2025-04-12 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_clause_on_the_time_a_rate_and_a_speakers_own_plan() {
    check(
        "deadline",
        "Israel said Hamas had until Friday, when the truce lapses, to free the hostages, or the army would resume fighting.",
        "2025-04-14",
        &[
            "deadline issuer=Israel targets=[Hamas] demand=free the hostages consequence=the army would resume fighting expression=until Friday issued=2025-04-14 due=2025-04-18 | speaker=Israel actor=Israel verb=said",
        ],
    );
    check(
        "deadline",
        "Under the accord, Egypt must release 55 billion cubic metres a year to Sudan from the dam. \
         The minister told reporters on Monday that his government would answer the proposal within days.",
        "2025-04-14",
        &[],
    );
}

#[test]
fn appositive_targets_final_deadlines_coordinated_warnings_and_own_goals() {
    check(
        "deadline",
        "Sudan's army gave the Rapid Support Forces, also known as the RSF, 48 hours on Friday to leave El Obeid, or face an assault.",
        "2025-09-14",
        &[
            "deadline issuer=Sudanese Armed Forces targets=[Rapid Support Forces] demand=leave El Obeid consequence=an assault expression=48 hours issued=2025-09-12 due=2025-09-14 | speaker=null actor=null verb=null",
        ],
    );
    check(
        "deadline",
        "Iran's interior ministry set June 30 as the final deadline for undocumented Afghans to leave the country.",
        "2025-09-14",
        &[
            "deadline issuer=Iran targets=[] demand=leave the country consequence=null expression=June 30 issued=2025-09-14 due=2026-06-30 | speaker=null actor=null verb=null",
        ],
    );
    check(
        "deadline",
        "The gangs said in a video that they had burned the police station, and warned residents of Mirebalais to leave within 48 hours.",
        "2025-09-14",
        &[
            "deadline issuer=null targets=[] demand=leave consequence=null expression=within 48 hours issued=2025-09-14 due=2025-09-16 | speaker=The gangs actor=null verb=said",
        ],
    );
    check(
        "deadline",
        "Moscow has set itself the goal of taking the whole of Donetsk by the end of the year. \
         The president ordered the military on Monday to clear the border area before the spring.",
        "2025-09-14",
        &[],
    );
}

#[test]
fn an_undated_article_keeps_the_dates_written_in_full() {
    let article = crate::article(
        "Ankara said Damascus must sign the accord before the end of 2026, or talks would end. \
         Trump gave Moscow until Friday to agree to a ceasefire.",
        None,
    );
    let found = claimtrack_extract::extract(&article, &claimtrack_extract::Options::default());
    let rendered: Vec<String> = found.claims.iter().map(crate::render).collect();
    assert_eq!(
        rendered,
        [
            "deadline issuer=Turkey targets=[Syria] demand=sign the accord consequence=talks would end expression=before the end of 2026 issued=null due=2026-12-31 | speaker=Ankara actor=Turkey verb=said",
            "deadline issuer=United States targets=[Russia] demand=agree to a ceasefire consequence=null expression=until Friday issued=null due=null | speaker=null actor=null verb=null",
        ]
    );
}

#[test]
fn a_limit_right_after_have_and_a_directive_to_leave() {
    check(
        "deadline",
        "Holders of business visas will have until May 2, the ministry said. \
         Dhaka directed the envoys to leave the country no later than May 3.",
        "2025-04-25",
        &[
            "deadline issuer=Bangladesh targets=[] demand=leave the country consequence=null expression=no later than May 3 issued=2025-04-25 due=2025-05-03 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_tariff_starting_on_a_day_unless_and_an_order_that_hangs_on_the_other_side() {
    check(
        "deadline",
        "The president said he would impose a 50 per cent tariff on imports from Brazil starting August 1, or sooner, unless Brasilia dropped the charges.",
        "2025-07-10",
        &[
            "deadline issuer=null targets=[Brazil] demand=Brasilia dropped the charges consequence=impose a 50 per cent tariff on imports from Brazil starting August 1, or sooner expression=August 1 issued=2025-07-10 due=2025-08-01 | speaker=The president actor=null verb=said",
        ],
    );
    check(
        "deadline",
        "The minister said he had instructed the army to respond with force if Hamas did not return the bodies by Sunday.",
        "2025-07-10",
        &[
            "deadline issuer=null targets=[Hamas] demand=return the bodies consequence=null expression=by Sunday issued=2025-07-10 due=2025-07-13 | speaker=The minister actor=null verb=said",
        ],
    );
}

#[test]
fn would_give_a_side_days_before_tariffs() {
    check(
        "deadline",
        "The president said on July 31 he would give Canada 60 days to negotiate a trade deal before higher tariffs kicked in.",
        "2025-08-02",
        &[
            "deadline issuer=null targets=[Canada] demand=negotiate a trade deal consequence=higher tariffs kicked in expression=60 days issued=2025-07-31 due=2025-09-29 | speaker=The president actor=null verb=said",
        ],
    );
}

#[test]
fn a_sides_own_aim_is_no_deadline() {
    check(
        "deadline",
        "\"The enemy wants to reach the river before the spring thaw,\" the commander told reporters.",
        "2026-01-27",
        &[],
    );
}

#[test]
fn a_quoted_limit_with_more_words_before_to() {
    check(
        "deadline",
        "The president told reporters that Caracas had \"two weeks, not a day more\" to free every American it holds.",
        "2026-01-30",
        &[
            "deadline issuer=null targets=[Venezuela] demand=null consequence=null expression=two weeks issued=2026-01-30 due=2026-02-13 | speaker=The president actor=null verb=told reporters",
        ],
    );
}

#[test]
fn a_sides_own_plan_within_days_a_year_long_gone_and_required_to() {
    check(
        "deadline",
        "The commander told reporters that his troops had withdrawn from the town and that they would retake it \"within days.\" \
         The president has repeatedly called on Israel to return to the lines set by the 1974 disengagement agreement.",
        "2026-08-01",
        &[],
    );
    check(
        "deadline",
        "Under the truce, the group was required to return all the hostages within 72 hours.",
        "2026-08-01",
        &[],
    );
}

#[test]
fn a_goal_a_side_vows_to_meet_is_no_deadline() {
    check(
        "deadline",
        "The junta has pledged to restore state control over every district by the end of the year, a goal few observers think it can reach.",
        "2026-06-02",
        &[],
    );
    // A demand made of another side with the same verb stays a deadline.
    check(
        "deadline",
        "The president vowed to impose new tariffs on Canada by August 1 unless Ottawa dropped its levy on dairy imports.",
        "2026-07-10",
        &[
            "deadline issuer=null targets=[Canada] demand=Ottawa dropped its levy on dairy imports consequence=null expression=by August 1 issued=2026-07-10 due=2026-08-01 | speaker=The president actor=null verb=vowed",
        ],
    );
}

#[test]
fn a_side_bound_to_meet_a_limit_is_its_target() {
    check(
        "deadline",
        "Under the truce that took effect on March 3, the RSF was required to withdraw from the city within 72 hours.",
        "2026-03-20",
        &[
            "deadline issuer=null targets=[Rapid Support Forces] demand=withdraw from the city consequence=null expression=within 72 hours issued=2026-03-03 due=2026-03-06 | speaker=null actor=null verb=null",
        ],
    );
    check(
        "deadline",
        "Hamas must hand over the remaining bodies within 48 hours.",
        "2026-03-20",
        &[
            "deadline issuer=null targets=[Hamas] demand=hand over the remaining bodies consequence=null expression=within 48 hours issued=2026-03-20 due=2026-03-22 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_us_department_gives_a_limit_for_the_united_states() {
    check(
        "deadline",
        "The Commerce Department gave chipmakers until March 3 to stop shipments to the two companies.",
        "2026-02-10",
        &[
            "deadline issuer=United States targets=[] demand=stop shipments to the two companies consequence=null expression=until March 3 issued=2026-02-10 due=2026-03-03 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_office_of_state_after_an_opening_day_sets_a_limit() {
    check(
        "deadline",
        "On Monday, the Prime Minister's Office gave the regional council 72 hours to reinstate the officials it had removed.",
        "2025-03-14",
        &[
            "deadline issuer=null targets=[] demand=reinstate the officials it had removed consequence=null expression=72 hours issued=2025-03-10 due=2025-03-13 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_leader_named_after_by_is_no_limit() {
    check(
        "deadline",
        "In neighbouring Niger, the junta led by General Abdourahamane Tiani on Tuesday gave three foreign executives 48 hours to leave the country.",
        "2026-05-14",
        &[
            "deadline issuer=Niger targets=[] demand=leave the country consequence=null expression=48 hours issued=2026-05-12 due=2026-05-14 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn federal_forces_are_the_state_and_a_place_companies_work_in_is_no_target() {
    check(
        "deadline",
        "Somalia's army fought al-Shabaab near Mahas last week. \
         Al-Shabaab on Friday gave federal troops until Sunday to leave the town of Mahas or face attack.",
        "2026-08-01",
        &[
            "deadline issuer=al-Shabaab targets=[Somalia] demand=leave the town of Mahas consequence=attack expression=until Sunday issued=2026-07-31 due=2026-08-02 | speaker=null actor=null verb=null",
        ],
    );
    check(
        "deadline",
        "JNIM on Sunday gave transport companies operating in Mali until November 10 to stop all fuel deliveries to the capital.",
        "2026-11-03",
        &[
            "deadline issuer=Jama'at Nusrat al-Islam wal-Muslimin targets=[] demand=stop all fuel deliveries to the capital consequence=null expression=until November 10 issued=2026-11-01 due=2026-11-10 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_deadline_extended_past_a_long_demand() {
    check(
        "deadline",
        "The United States extended the deadline for Israel to withdraw its troops from southern Lebanon to February 18, the White House said on January 26.",
        "2025-02-14",
        &[
            "deadline issuer=United States targets=[Israel] demand=withdraw its troops from southern Lebanon consequence=null expression=to February 18 issued=2025-01-26 due=2025-02-18 | speaker=the White House actor=United States verb=said",
        ],
    );
}

#[test]
fn a_side_that_declares_a_diplomat_persona_non_grata_and_gives_him_a_day() {
    check(
        "deadline",
        "On Tuesday, India declared an official at the Pakistan High Commission persona non grata and gave him 24 hours to leave the country.",
        "2025-05-22",
        &[
            "deadline issuer=India targets=[] demand=leave the country consequence=null expression=24 hours issued=2025-05-20 due=2025-05-21 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_consequence_in_single_quotes_keeps_them() {
    check(
        "deadline",
        "The Dutch foreign minister said Belarus had until 1 June to free the jailed activists or face ‘painful’ new sanctions.",
        "2026-05-12",
        &[
            "deadline issuer=Netherlands targets=[Belarus] demand=free the jailed activists consequence=‘painful’ new sanctions expression=until 1 June issued=2026-05-12 due=2026-06-01 | speaker=The Dutch foreign minister actor=Netherlands verb=said",
        ],
    );
}

#[test]
fn the_end_of_the_day_and_midnight_fall_on_the_day_said() {
    check(
        "deadline",
        "The Turkish defence minister said on Monday that the militia had until the end of the day to leave the bridge. \
         The governor gave the protesters until midnight to clear the square.",
        "2026-03-16",
        &[
            "deadline issuer=Turkey targets=[] demand=leave the bridge consequence=null expression=until the end of the day issued=2026-03-16 due=2026-03-16 | speaker=The Turkish defence minister actor=Turkey verb=said",
            "deadline issuer=null targets=[] demand=clear the square consequence=null expression=until midnight issued=2026-03-16 due=2026-03-16 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_rebels_and_the_government_are_the_sides_of_the_article() {
    check(
        "deadline",
        "The Colombian government and the ELN rebels resumed talks in Caracas on Monday. \
         The rebels would leave the talks unless the government freed their commander within 10 days, a rebel negotiator warned.",
        "2026-02-03",
        &[
            "deadline issuer=National Liberation Army targets=[Colombia] demand=the government freed their commander consequence=leave the talks expression=within 10 days issued=2026-02-03 due=2026-02-13 | speaker=a rebel negotiator actor=National Liberation Army verb=warned",
        ],
    );
}

#[test]
fn how_long_something_took_is_no_limit() {
    check(
        "deadline",
        "Brussels warned in May that Minsk would face new sanctions if it did not free the activists, and the first releases followed within days.",
        "2026-06-10",
        &[],
    );
}

#[test]
fn without_giving_details_gives_no_time() {
    check(
        "deadline",
        "More deported children are expected to come home before the end of the year, Zelensky said, without giving further details.",
        "2026-10-02",
        &[],
    );
}

#[test]
fn a_named_side_before_the_modal_and_a_head_of_state_by_title() {
    check(
        "deadline",
        "The Turkish president said the YPG had until Sunday to leave Manbij or Turkey would \"do what is necessary\" along the whole border. \
         Macron said he would give Russian President Vladimir Putin ten days to accept a ceasefire.",
        "2026-03-04",
        &[
            "deadline issuer=Turkey targets=[People's Protection Units] demand=leave Manbij consequence=\"do what is necessary\" along the whole border expression=until Sunday issued=2026-03-04 due=2026-03-08 | speaker=The Turkish president actor=Turkey verb=said",
            "deadline issuer=France targets=[Russia] demand=accept a ceasefire consequence=null expression=ten days issued=2026-03-04 due=2026-03-14 | speaker=Macron actor=France verb=said",
        ],
    );
}

#[test]
fn treated_according_to_a_convention_names_no_source() {
    check(
        "deadline",
        "The Russian commander gave the Ukrainian soldiers in Siversk 48 hours to lay down their arms, promising that those who surrendered would be treated according to the Geneva Conventions.",
        "2026-01-12",
        &[
            "deadline issuer=Russia targets=[Ukraine] demand=lay down their arms consequence=null expression=48 hours issued=2026-01-12 due=2026-01-14 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_named_side_of_the_consequence_may_come_with_its_article() {
    check(
        "deadline",
        "Turkey has told the Syrian government it has until March 31 to integrate the SDF or the TSK will launch an offensive, two officials said.",
        "2026-02-10",
        &[
            "deadline issuer=Turkey targets=[Syria] demand=integrate the SDF consequence=launch an offensive expression=until March 31 issued=2026-02-10 due=2026-03-31 | speaker=two officials actor=null verb=said",
        ],
    );
}

#[test]
fn both_sides_of_a_joined_subject_are_given_the_time() {
    check(
        "deadline",
        "The Rapid Support Forces have fought Sudan's army since April 2023. \
         The US envoy said on Friday that the army and the RSF had two weeks to sign a truce.",
        "2026-03-09",
        &[
            "deadline issuer=United States targets=[Rapid Support Forces, Sudanese Armed Forces] demand=sign a truce consequence=null expression=two weeks issued=2026-03-06 due=2026-03-20 | speaker=The US envoy actor=United States verb=said",
        ],
    );
}

#[test]
fn the_side_a_limit_is_given_to_by_what_it_is() {
    // In an article of a state against an armed group, "the federal government" is the state
    // and "the faction", "the group" the armed group.
    check(
        "deadline",
        "Al-Shabaab fighters attacked a base in Somalia's Lower Shabelle region. \
         Clan elders gave the federal government seven days to withdraw its troops from the town. \
         The army said the group had 48 hours to free the hostages or face an assault.",
        "2026-03-02",
        &[
            "deadline issuer=null targets=[Somalia] demand=withdraw its troops from the town consequence=null expression=seven days issued=2026-03-02 due=2026-03-09 | speaker=null actor=null verb=null",
            "deadline issuer=Somalia targets=[al-Shabaab] demand=free the hostages consequence=an assault expression=48 hours issued=2026-03-02 due=2026-03-04 | speaker=The army actor=Somalia verb=said",
        ],
    );
}

#[test]
fn consequences_after_or_with_a_list_or_a_quote_as_subject() {
    check(
        "deadline",
        "German Foreign Minister Johann Wadephul said on Wednesday that Iran had until the end of August to resume talks, or Berlin, Paris and London would restore UN sanctions. \
         Trump wrote that Hamas had \"48 hours\" to return the bodies \"or other countries will take action.\" \
         Katz warned that Hamas must free the hostages by Saturday, when the truce ends, or \"the gates of hell\" would open.",
        "2025-08-14",
        &[
            "deadline issuer=Germany targets=[Iran] demand=resume talks consequence=Berlin, Paris and London would restore UN sanctions expression=until the end of August issued=2025-08-13 due=2025-08-31 | speaker=German Foreign Minister Johann Wadephul actor=Germany verb=said",
            "deadline issuer=United States targets=[Hamas] demand=return the bodies consequence=other countries will take action expression=48 hours issued=2025-08-14 due=2025-08-16 | speaker=Trump actor=United States verb=wrote",
            "deadline issuer=Israel targets=[Hamas] demand=free the hostages consequence=\"the gates of hell\" would open expression=by Saturday issued=2025-08-14 due=2025-08-16 | speaker=Katz actor=Israel verb=warned",
        ],
    );
}

#[test]
fn a_threat_keeps_what_it_falls_on_but_not_the_side() {
    check(
        "deadline",
        "Trump threatened to double tariffs on Indian goods to 100% if New Delhi did not halt purchases of Russian crude within 30 days. \
         The EU gave Washington until April 15 to cut its steel tariffs, or face retaliatory duties on about €93 billion of US goods. \
         An RSF commander gave army troops in Kadugli 72 hours to surrender, or face an assault \"from every direction\", in a video. \
         Trump threatened new sanctions on Russia unless a peace deal was reached within 50 days.",
        "2026-03-31",
        &[
            "deadline issuer=United States targets=[India] demand=halt purchases of Russian crude consequence=double tariffs on Indian goods to 100% expression=within 30 days issued=2026-03-31 due=2026-04-30 | speaker=Trump actor=United States verb=threatened",
            "deadline issuer=European Union targets=[United States] demand=cut its steel tariffs consequence=retaliatory duties on about €93 billion of US goods expression=until April 15 issued=2026-03-31 due=2026-04-15 | speaker=null actor=null verb=null",
            "deadline issuer=Rapid Support Forces targets=[] demand=surrender consequence=an assault \"from every direction\" expression=72 hours issued=2026-03-31 due=2026-04-03 | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[Russia] demand=a peace deal was reached consequence=new sanctions expression=within 50 days issued=2026-03-31 due=2026-05-20 | speaker=Trump actor=United States verb=threatened",
        ],
    );
}

#[test]
fn demands_after_who_is_told_and_a_time_in_brackets() {
    check(
        "deadline",
        "New Delhi on Monday ordered all Pakistani nationals holding medical and visitor visas to leave India by January 20. \
         Lebanese President Joseph Aoun on Tuesday called on Israel to withdraw from the five hilltops it still holds by the end of February. \
         The army on Thursday gave SDF fighters until 6 p.m. (1500GMT) on Friday to leave the two districts or face a military operation.",
        "2026-01-15",
        &[
            "deadline issuer=India targets=[] demand=leave India consequence=null expression=by January 20 issued=2026-01-12 due=2026-01-20 | speaker=null actor=null verb=null",
            "deadline issuer=Lebanon targets=[Israel] demand=withdraw from the five hilltops it still holds consequence=null expression=by the end of February issued=2026-01-13 due=2026-02-28 | speaker=Lebanese President Joseph Aoun actor=Lebanon verb=called on",
            "deadline issuer=null targets=[Syrian Democratic Forces] demand=leave the two districts consequence=a military operation expression=until 6 p.m. issued=2026-01-15 due=2026-01-15 | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_limit_set_by_an_event_and_its_day() {
    check(
        "deadline",
        "Trump warned in December that Hamas had until his inauguration on January 20 to free the hostages, or there would be \"all hell to pay\".",
        "2025-01-16",
        &[
            "deadline issuer=United States targets=[Hamas] demand=free the hostages consequence=there would be \"all hell to pay\" expression=until his inauguration on January 20 issued=2024-12-01..2024-12-31 due=2025-01-20 | speaker=Trump actor=United States verb=warned",
        ],
    );
}

#[test]
fn past_two_opening_phrases_and_a_span_that_dates() {
    check(
        "deadline",
        "On April 23, a day after the attack, New Delhi declared the advisers persona non grata and gave them a week to leave India.",
        "2025-05-20",
        &[
            "deadline issuer=India targets=[] demand=leave India consequence=null expression=a week issued=2025-04-23 due=2025-04-30 | speaker=null actor=null verb=null",
        ],
    );
}
