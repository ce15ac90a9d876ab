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
            "exchange items=[children:thousands:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
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

#[test]
fn places_of_care_and_appositive_nationalities_are_not_parties() {
    check(
        "exchange",
        "Russia and Ukraine swapped 205 prisoners of war each on Sunday, with the wounded flown to Belarus for treatment. The Houthis freed 9 sailors, including Filipino and Indian nationals, handing them over to Omani officials on Monday.",
        "2025-10-21",
        &[
            "exchange items=[prisoners_of_war:205:Russia>Ukraine, prisoners_of_war:205:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[2025-10-19] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:9:Houthis>null] parties=[Houthis] mediator=Oman when=[2025-10-20] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_including_list_describes_the_counted_people() {
    check(
        "exchange",
        "Hamas will release 19 hostages, including women, children and elderly men, during the first stage.",
        "2025-02-02",
        &[
            "exchange items=[hostages:19:Hamas>null] parties=[Hamas] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn captured_fighters_of_an_armed_group_are_prisoners_of_war() {
    // As the guidelines have it: captured soldiers and captured fighters of an armed group alike.
    check(
        "exchange",
        "The Yemeni government freed 48 Houthi fighters in exchange for 30 of its soldiers.",
        "2025-04-14",
        &[
            "exchange items=[prisoners_of_war:48:Yemen>Houthis, prisoners_of_war:30:Houthis>Yemen] parties=[Yemen, Houthis] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn groups_traded_one_for_the_other_go_opposite_ways() {
    // "A for B": each group goes one way, not both; with nothing to tell who holds whom, neither
    // has a direction, and a comma ends the pairing.
    check(
        "exchange",
        "Israel and Hamas completed a swap of hostages for Palestinian prisoners on Monday. \
         Armenia and Azerbaijan agreed to an exchange of detainees for the bodies of fallen soldiers. \
         Russia and Ukraine held an exchange of prisoners, for the first time in months.",
        "2025-03-11",
        &[
            "exchange items=[hostages:-:Hamas>null, prisoners:-:Israel>null] parties=[Israel, Hamas] mediator=null when=[2025-03-10] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:-:null>null, bodies:-:null>null] parties=[Armenia, Azerbaijan] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:-:Russia>Ukraine, prisoners:-:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_city_where_talks_are_held_is_no_side() {
    // Doha is named more often than either side, but always as the place of the talks: the
    // other side of a release is still the article's other warring party.
    check(
        "exchange",
        "Talks in Doha resumed on Monday between Israel and Hamas. Mediators in Doha said progress \
         was made, and a statement issued in Doha welcomed it. Two Israeli hostages were freed on \
         Sunday.",
        "2025-03-10",
        &[
            "exchange items=[hostages:2:Hamas>Israel] parties=[Hamas, Israel] mediator=null when=[2025-03-09] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_future_release_in_return_for_detainees_is_agreed() {
    check(
        "exchange",
        "Under the truce, the hostages will be released in return for about 600 Palestinian detainees.",
        "2025-02-02",
        &[
            "exchange items=[hostages:-:null>null, prisoners:600:null>null] parties=[] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_demand_for_members_held_by_another_state() {
    check(
        "exchange",
        "The Houthis are demanding the release of their fighters held in Saudi Arabia.",
        "2025-06-01",
        &[
            "exchange items=[prisoners_of_war:-:Saudi Arabia>Houthis] parties=[Houthis, Saudi Arabia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_date_of_a_seizure_is_not_the_date_of_the_release() {
    check(
        "exchange",
        "The Houthis released the 22 crew of a tanker they seized last month on Friday.",
        "2025-03-10",
        &[
            "exchange items=[hostages:22:Houthis>null] parties=[Houthis] mediator=null when=[2025-03-07] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn living_and_dead_hostages_include_bodies() {
    check(
        "exchange",
        "Hamas said it agreed to release all Israeli hostages, living and dead, under the plan.",
        "2025-10-04",
        &[
            "exchange items=[hostages:-:Hamas>Israel, bodies:-:Hamas>Israel] parties=[Hamas, Israel] mediator=null when=[] status=agreed | speaker=Hamas actor=Hamas verb=said",
        ],
    );
}

#[test]
fn of_a_pair_the_undirected_group_goes_the_other_way() {
    check(
        "exchange",
        "Israel and Hamas completed an exchange on Saturday in which four hostages were freed for 200 Palestinian prisoners. The two sides exchanged detainees on Sunday.",
        "2025-02-17",
        &[
            "exchange items=[hostages:4:Hamas>null, prisoners:200:Israel>null] parties=[Israel, Hamas] mediator=null when=[2025-02-15] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:-:Israel>Hamas, prisoners:-:Hamas>Israel] parties=[Israel, Hamas] mediator=null when=[2025-02-16] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn every_mediator_named_is_not_a_side() {
    check(
        "exchange",
        "Israel freed 110 Palestinian prisoners on Thursday in a deal mediated by Qatar and Egypt.",
        "2025-01-31",
        &[
            "exchange items=[prisoners:110:Israel>null] parties=[Israel] mediator=Qatar when=[2025-01-30] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_capital_frees_detained_foreigners_named_by_a_demonym() {
    check(
        "exchange",
        "Minsk freed four detained Americans in February.",
        "2025-05-10",
        &[
            "exchange items=[prisoners:4:Belarus>United States] parties=[Belarus, United States] mediator=null when=[2025-02-01..2025-02-28] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn seeking_the_return_of_people_is_a_demand() {
    check(
        "exchange",
        "Kyiv is seeking the return of 800 civilians held in Russian detention.",
        "2025-05-10",
        &[
            "exchange items=[civilians:800:Russia>Ukraine] parties=[Ukraine, Russia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn mediators_under_auspices_in_a_list_and_before_a_hyphen() {
    check(
        "exchange",
        "Azerbaijan and Armenia exchanged the remains of soldiers under UN auspices on Sunday. The swap of 120 detainees between Sudan and South Sudan was brokered by Egypt, Qatar and Turkey. Forty Ukrainian children have returned home under a Qatari-mediated process.",
        "2026-01-14",
        &[
            "exchange items=[bodies:-:Azerbaijan>Armenia, bodies:-:Armenia>Azerbaijan] parties=[Azerbaijan, Armenia] mediator=United Nations when=[2026-01-11] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:120:null>null] parties=[Sudan, South Sudan] mediator=Egypt when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[children:40:null>Ukraine] parties=[Ukraine] mediator=Qatar when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn n_for_n_counts_sub_counts_and_remaining_bodies() {
    check(
        "exchange",
        "Ethiopia and Eritrea carried out a 60-for-60 exchange of prisoners of war on Friday. The Houthis freed 30 detainees, among them 4 Saudi nationals, on Monday. Hamas handed over the bodies of the remaining three hostages on Thursday.",
        "2026-01-17",
        &[
            "exchange items=[prisoners_of_war:60:Ethiopia>Eritrea, prisoners_of_war:60:Eritrea>Ethiopia] parties=[Ethiopia, Eritrea] mediator=null when=[2026-01-16] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:30:Houthis>null] parties=[Houthis] mediator=null when=[2026-01-12] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:3:Hamas>null] parties=[Hamas] mediator=null when=[2026-01-15] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn running_totals_and_generic_sentences_are_not_claims() {
    check(
        "exchange",
        "Ukraine has returned 1,200 children so far. Prisoner exchanges have been an area of cooperation between Kyiv and Moscow. The delegates traded an exchange of glances.",
        "2026-01-17",
        &[],
    );
}

#[test]
fn called_on_is_a_demand_towards_the_owner() {
    check(
        "exchange",
        "The European Union called on Russia to return 500 Ukrainian children.",
        "2026-01-17",
        &[
            "exchange items=[children:500:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_in_the_speaker_description_are_not_items() {
    check(
        "exchange",
        "The president, who has pardoned dozens of activists this year, told state television that Belarus had freed 16 prisoners.",
        "2026-03-04",
        &[
            "exchange items=[prisoners:16:Belarus>null] parties=[Belarus] mediator=null when=[] status=completed | speaker=The president actor=null verb=told",
        ],
    );
}

#[test]
fn the_side_named_before_its_fighters_hands_them_over() {
    // A name before a force noun ("rebels", "militia") is the side that releases; people named
    // just before a handover verb with people after it are the ones who hand over.
    check(
        "exchange",
        "M23 rebels released 40 Congolese soldiers on Monday. \
         The Cooperative for the Development of Congo (CODECO) militia freed 12 hostages in Ituri. \
         Houthi fighters freed the crew of the Galaxy Leader on Tuesday.",
        "2025-09-10",
        &[
            "exchange items=[prisoners_of_war:40:M23>DR Congo] parties=[M23, DR Congo] mediator=null when=[2025-09-08] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:12:Cooperative for the Development of Congo>null] parties=[Cooperative for the Development of Congo] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:-:Houthis>null] parties=[Houthis] mediator=null when=[2025-09-09] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_flag_or_a_link_names_no_side() {
    check(
        "exchange",
        "The Houthis freed the 25 crew of a Liberian-flagged tanker on Sunday.",
        "2025-09-10",
        &[
            "exchange items=[hostages:25:Houthis>null] parties=[Houthis] mediator=null when=[2025-09-07] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn workers_and_a_woman_kidnapped_are_hostages_freed() {
    check(
        "exchange",
        "Al-Shabaab militants on Tuesday freed four Kenyan quarry workers abducted in Mandera in June. \
         JNIM freed an Austrian woman kidnapped in Agadez in January.",
        "2025-08-13",
        &[
            "exchange items=[hostages:4:al-Shabaab>Kenya] parties=[al-Shabaab, Kenya] mediator=null when=[2025-08-12] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:1:Jama'at Nusrat al-Islam wal-Muslimin>Austria] parties=[Jama'at Nusrat al-Islam wal-Muslimin, Austria] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_handed_to_the_regime_go_to_the_state() {
    check(
        "exchange",
        "The Arakan Army fought Myanmar's army in Rakhine, the Arakan Army said. Myanmar's junta denied it. The AA handed over 41 captured soldiers to the regime on Saturday.",
        "2025-12-17",
        &[
            "exchange items=[prisoners_of_war:41:Arakan Army>Myanmar] parties=[Arakan Army, Myanmar] mediator=null when=[2025-12-13] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_cartel_is_the_articles_armed_group_and_a_part_is_counted() {
    check(
        "exchange",
        "Gunmen of the Jalisco New Generation Cartel (CJNG) abducted 15 workers, the CJNG said. On Tuesday, the cartel freed 11 of the 15 workers.",
        "2025-09-25",
        &[
            "exchange items=[prisoners:11:Jalisco New Generation Cartel>null] parties=[Jalisco New Generation Cartel] mediator=null when=[2025-09-23] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_church_that_led_the_negotiations_mediates() {
    check(
        "exchange",
        "Separatist fighters freed 17 pupils on Monday after negotiations led by the Presbyterian Church in Cameroon.",
        "2025-10-08",
        &[
            "exchange items=[children:17:null>null] parties=[] mediator=Presbyterian Church in Cameroon when=[2025-10-06] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_let_go_or_set_free_change_hands() {
    check(
        "exchange",
        "Villagers let go 28 Colombian soldiers on Sunday.",
        "2026-07-08",
        &[
            "exchange items=[prisoners_of_war:28:null>Colombia] parties=[Colombia] mediator=null when=[2026-07-05] status=completed | speaker=null actor=null verb=null",
        ],
    );
    check(
        "exchange",
        "The rebels set free two Kenyan teachers on Monday.",
        "2026-07-08",
        &[
            "exchange items=[prisoners:2:null>Kenya] parties=[Kenya] mediator=null when=[2026-07-06] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_named_by_trade_or_nationality_change_hands() {
    // Fishermen, a journalist, pupils, Armenians: people named by what they do or where they
    // are from are items (pupils gunmen held are hostages); the journalists a minister told are an audience, and traded
    // accusations or exchanged lists of prisoners are no exchange.
    check(
        "exchange",
        "India released 31 Pakistani fishermen on Friday. \
         Iran freed a French journalist on Sunday, the minister told journalists. \
         Gunmen released 40 pupils in Zamfara. \
         Yerevan demanded that Baku free the remaining 23 Armenians. \
         The two sides traded accusations over the detainees. \
         The countries exchange lists of prisoners every January.",
        "2025-09-10",
        &[
            "exchange items=[prisoners:31:India>Pakistan] parties=[India, Pakistan] mediator=null when=[2025-09-05] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:1:Iran>France] parties=[Iran, France] mediator=null when=[2025-09-07] status=completed | speaker=the minister actor=null verb=told journalists",
            "exchange items=[hostages:40:null>null] parties=[] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:23:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn totals_retellings_and_one_way_groups() {
    // A tally since a date is no event, nor are people already counted handed over again by no
    // one named; kidnapped people are hostages; two counted groups leaving one side stay two
    // items and go nowhere the sentence does not say.
    check(
        "exchange",
        "More than 3,000 detainees have been freed since 2022, the committee said. \
         The prisoners were handed over at a border post. \
         The gang freed 12 farmers kidnapped last month in Kwara. \
         Israel would free 300 Palestinians serving long sentences and 900 Gazans under the deal.",
        "2025-09-10",
        &[
            "exchange items=[hostages:12:null>null] parties=[] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:300:Israel>null, prisoners:900:Israel>null] parties=[Israel] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn named_people_dates_past_appositives_and_what_was_given_in_return() {
    // One named person counts 1; a date after an appositive or opening the sentence is the
    // release's, a date of the kidnapping is not; kidnapped people are hostages across "and";
    // "in exchange for the remains" goes the other way.
    check(
        "exchange",
        "Pakistan handed back constable Ramesh Kumar on Wednesday. \
         Hamas freed Keith Siegel, the last American hostage in Khan Younis, on Saturday. \
         Also on Monday, kidnappers freed a pastor and three farmers kidnapped near Kaduna in July. \
         Moscow returned the bodies of 900 Ukrainian soldiers in exchange for the remains of 40 Russian servicemen.",
        "2025-09-10",
        &[
            "exchange items=[prisoners_of_war:1:Pakistan>null] parties=[Pakistan] mediator=null when=[2025-09-10] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:1:Hamas>United States] parties=[Hamas, United States] mediator=null when=[2025-09-06] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:1:null>null, hostages:3:null>null] parties=[] mediator=null when=[2025-09-08] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:900:Russia>Ukraine, bodies:40:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn described_people_wishes_ordinals_and_adjectives_are_no_exchange() {
    // "the freed men" describes people; a wish to be transferred, an exchange counted among
    // others, "national team duty" are no event; "were flown" between two cities is.
    check(
        "exchange",
        "Photos showed the freed men wrapped in flags near the border, where some defenders stood. \
         Each detainee said they wished to be transferred. \
         It was the third prisoner exchange since March. \
         The rules on releasing players for national team duty changed. \
         Ten soldiers were flown to a hospital in Lviv. \
         Forty detainees were flown between Aden and Sanaa on Sunday.",
        "2025-09-10",
        &[
            "exchange items=[prisoners:40:null>null] parties=[Yemen, Houthis] mediator=null when=[2025-09-07] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn sides_named_by_what_they_are_release_people() {
    // "the group", "the rebels", "the junta": the article's armed group or state releases.
    check(
        "exchange",
        "The Arakan Army fought Myanmar's junta for Sittwe. \
         The group on Sunday freed 12 soldiers. \
         The junta released 30 Arakan Army fighters on Monday.",
        "2025-09-10",
        &[
            "exchange items=[prisoners_of_war:12:Arakan Army>null] parties=[Arakan Army] mediator=null when=[2025-09-07] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:30:Myanmar>null] parties=[Arakan Army, Myanmar] mediator=null when=[2025-09-08] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_handover_with_its_particle_after_the_object() {
    // "handed 40 detained fighters over to the rebels": the verb and its particle apart; a
    // retelling ("The soldiers were flown to a base") is still no new exchange.
    check(
        "exchange",
        "In return, Kinshasa handed 40 detained M23 fighters over to the rebels on Friday. \
         The soldiers were flown to a military base for medical checks.",
        "2025-09-10",
        &[
            "exchange items=[prisoners_of_war:40:DR Congo>M23] parties=[DR Congo, M23] mediator=null when=[2025-09-05] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn holders_flights_home_and_a_single_release() {
    // "held by Israel" names who releases; "held by A and B", neither alone; "flew six
    // detainees home" is a handover; "in a single exchange" is the manner of a one-way release.
    check(
        "exchange",
        "Hamas freed 33 hostages in exchange for about 1,800 Palestinian prisoners held by Israel. \
         More than 400 detainees held by the Houthis and the Saudi-led coalition were repatriated on Sunday. \
         In January, a US envoy flew six American detainees home from Caracas. \
         Hamas offered to release all the remaining hostages in a single exchange.",
        "2025-09-10",
        &[
            "exchange items=[hostages:33:Hamas>null, prisoners:1800:Israel>null] parties=[Hamas, Israel] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:400:null>null] parties=[Houthis, Saudi Arabia] mediator=null when=[2025-09-07] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:6:Venezuela>United States] parties=[United States, Venezuela] mediator=null when=[2025-01-01..2025-01-31] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:-:Hamas>null] parties=[Hamas] mediator=null when=[] status=proposed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_organisation_described_after_it_was_named_speaks() {
    check(
        "exchange",
        "More than 200 detainees were repatriated on Sunday on flights operated by the International Committee of the Red Cross, the humanitarian organisation said.",
        "2025-09-16",
        &[
            "exchange items=[prisoners:200:null>null] parties=[] mediator=null when=[2025-09-14] status=completed | speaker=the International Committee of the Red Cross actor=International Committee of the Red Cross verb=said",
        ],
    );
}

#[test]
fn releases_that_are_no_event_give_no_claim() {
    check(
        "exchange",
        "The government said it would never agree to hand over territory to the rebels. \
         The ceasefire has not ended the shelling or the prisoner swaps. \
         Oman, which has brokered the release of more than 40 Western detainees since 2015, offered to host the talks. \
         The army said militants had held up the release of the abducted pupils for a day. \
         Officials hope the deal will pave the way for the release of all detainees. \
         The mediators received guarantees that future handovers would be orderly. \
         The ministry said no prisoner swap had been discussed. \
         The presidency denied reports that it had agreed to free 30 rebel fighters. \
         The group has now handed back the bodies of 11 of the 15 soldiers it was holding.",
        "2025-05-06",
        &[],
    );
}

#[test]
fn mediators_after_abbreviations_and_before_mediation_and_speakers_who_were_briefed() {
    check(
        "exchange",
        "Armenia and Azerbaijan exchanged 12 detainees on Monday in a handover overseen by the U.N. refugee agency, according to diplomats briefed on the process. \
         Moscow and Kyiv agreed on Friday, through papal mediation, to swap all the civilians they hold.",
        "2025-06-04",
        &[
            "exchange items=[prisoners:12:null>null] parties=[Armenia, Azerbaijan] mediator=United Nations when=[2025-06-02] status=completed | speaker=diplomats briefed on the process actor=null verb=according to",
            "exchange items=[civilians:-:Russia>Ukraine, civilians:-:Ukraine>Russia] parties=[Russia, Ukraine] mediator=Vatican when=[] status=agreed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn must_release_said_by_a_speaker_is_a_demand_and_a_warning_is_not() {
    check(
        "exchange",
        "Armenia's ombudsman said on Monday that Azerbaijan must release the 23 Armenian detainees it still holds. \
         The envoy warned the rebels that they must free the hostages soon.",
        "2025-06-04",
        &[
            "exchange items=[prisoners:23:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[] status=demanded | speaker=Armenia's ombudsman actor=Armenia verb=said",
        ],
    );
}

#[test]
fn adverbs_in_a_passive_proposals_to_return_and_relative_clauses_after_the_event() {
    check(
        "exchange",
        "Three Nepali farm workers kidnapped in March were later freed on Friday, Nepal's foreign ministry said.",
        "2025-06-04",
        &[
            "exchange items=[hostages:3:null>Nepal] parties=[Nepal] mediator=null when=[2025-05-30] status=completed | speaker=Nepal's foreign ministry actor=Nepal verb=said",
        ],
    );
    check(
        "exchange",
        "Kyiv has proposed returning the bodies of 500 Russian soldiers, the ombudsman said. \
         Ukraine handed over 40 bodies on Monday, according to the health ministry, which said it had so far identified 300 bodies received since June.",
        "2025-06-04",
        &[
            "exchange items=[bodies:500:Ukraine>Russia] parties=[Ukraine, Russia] mediator=null when=[] status=proposed | speaker=the ombudsman actor=null verb=said",
            "exchange items=[bodies:40:Ukraine>null] parties=[Ukraine] mediator=null when=[2025-06-02] status=completed | speaker=the health ministry actor=null verb=according to",
        ],
    );
}

#[test]
fn thousands_separators_each_before_a_duration_and_nouns_after_were() {
    check(
        "exchange",
        "Armenia handed over 1,200 bodies to Azerbaijan on Tuesday and received the remains of 15 of its soldiers, officials said. \
         The largest swap came in March, when Armenia and Azerbaijan exchanged 1,000 prisoners each over two days. \
         Azerbaijan returned the bodies of 300 people it said were Armenian soldiers on Friday.",
        "2025-06-04",
        &[
            "exchange items=[bodies:1200:Armenia>Azerbaijan, bodies:15:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[2025-06-03] status=completed | speaker=officials actor=null verb=said",
            "exchange items=[prisoners:1000:Armenia>Azerbaijan, prisoners:1000:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[2025-03-01..2025-03-31] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:300:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[2025-05-30] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn handed_back_around_the_people() {
    check(
        "exchange",
        "Thailand handed 18 Cambodian soldiers back to Cambodia on Wednesday, the army said.",
        "2025-06-04",
        &[
            "exchange items=[prisoners_of_war:18:Thailand>Cambodia] parties=[Thailand, Cambodia] mediator=null when=[2025-06-04] status=completed | speaker=the army actor=null verb=said",
        ],
    );
}

#[test]
fn a_time_or_an_abbreviation_between_the_releaser_and_the_verb() {
    check(
        "exchange",
        "The Allied Democratic Forces (ADF) on Monday freed six people it had kidnapped near Beni. \
         Hamas last week released two hostages.",
        "2025-06-04",
        &[
            "exchange items=[hostages:6:Allied Democratic Forces>null] parties=[Allied Democratic Forces] mediator=null when=[2025-06-02] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:2:Hamas>null] parties=[Hamas] mediator=null when=[2025-05-26..2025-06-01] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn calls_renewed_totals_in_a_closing_relative_clause_and_videos_released() {
    check(
        "exchange",
        "The envoy on Monday called again for the release of 12 aid workers detained by the militia, some of whom have been held since 2022. \
         The militia released videos of men it described as crew members.",
        "2025-06-04",
        &[
            "exchange items=[prisoners:12:null>null] parties=[] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_demand_names_the_holders_with_by_and_a_time_limit_leaves_it_to_deadlines() {
    check(
        "exchange",
        "The ombudsman said Russia must release the Ukrainian civilians held by its forces. \
         The ombudsman said Russia must release the Ukrainian civilians by Friday.",
        "2025-06-04",
        &[
            "exchange items=[civilians:-:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=demanded | speaker=The ombudsman actor=null verb=said",
        ],
    );
}

#[test]
fn an_adverb_between_the_sides_and_the_verb() {
    check(
        "exchange",
        "Armenia and Azerbaijan last exchanged prisoners on May 2. \
         Crowds greeted the recently freed prisoners in Yerevan.",
        "2025-06-04",
        &[
            "exchange items=[prisoners:-:Armenia>Azerbaijan, prisoners:-:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[2025-05-02] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_described_before_a_passive_given_back_and_held_since() {
    check(
        "exchange",
        "Six fishermen who had been detained off the coast for a month were returned to Sri Lanka on Friday, the navy said.",
        "2025-08-10",
        &[
            "exchange items=[prisoners:6:null>Sri Lanka] parties=[Sri Lanka] mediator=null when=[2025-08-08] status=completed | speaker=the navy actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "Hamas, for its part, gave back the remains of two Thai farm workers, the Thai foreign ministry said.",
        "2025-08-10",
        &[
            "exchange items=[bodies:2:Hamas>Thailand] parties=[Hamas, Thailand] mediator=null when=[] status=completed | speaker=the Thai foreign ministry actor=Thailand verb=said",
        ],
    );
    check(
        "exchange",
        "The opposition leader has demanded that the junta free the 40 activists it has jailed since the coup.",
        "2025-08-10",
        &[
            "exchange items=[prisoners:40:null>null] parties=[] mediator=null when=[] status=demanded | speaker=The opposition leader actor=null verb=demanded",
        ],
    );
}

#[test]
fn a_handover_named_as_a_thing_with_no_number_or_date_is_no_event() {
    check(
        "exchange",
        "The mayor said the return of residents had shown that the town was safe again. \
         \"Any release that leaves out the journalists is a half measure,\" the union said. \
         The handover of remains has gone on throughout the war, usually at the border.",
        "2025-04-14",
        &[],
    );
}

#[test]
fn mediators_acting_as_such_or_speaking_and_counts_on_each_side() {
    check(
        "exchange",
        "Armenia and Azerbaijan exchanged 14 detainees on Sunday, with Georgia acting as mediator, the Armenian foreign ministry said.",
        "2025-03-04",
        &[
            "exchange items=[prisoners:14:null>null] parties=[Armenia, Azerbaijan] mediator=Georgia when=[2025-03-02] status=completed | speaker=the Armenian foreign ministry actor=Armenia verb=said",
        ],
    );
    check(
        "exchange",
        "The International Committee of the Red Cross said on Monday it had facilitated the release of 31 detainees held by the rebels.",
        "2025-03-04",
        &[
            "exchange items=[prisoners:31:null>null] parties=[] mediator=International Committee of the Red Cross when=[] status=completed | speaker=The International Committee of the Red Cross actor=International Committee of the Red Cross verb=said",
        ],
    );
    check(
        "exchange",
        "Russia and Ukraine agreed to swap 500 prisoners on each side, the Russian delegation said.",
        "2025-03-04",
        &[
            "exchange items=[prisoners:500:Russia>Ukraine, prisoners:500:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[] status=agreed | speaker=the Russian delegation actor=Russia verb=said",
        ],
    );
    check(
        "exchange",
        "Last year Qatar helped broker a swap in which Russia freed 90 Ukrainian soldiers, including medics who had served in Mariupol, and Ukraine released 90 Russian servicemen.",
        "2025-03-04",
        &[
            "exchange items=[prisoners_of_war:90:Russia>Ukraine, prisoners_of_war:90:Ukraine>Russia] parties=[Russia, Ukraine] mediator=Qatar when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn handed_to_a_quote_before_the_object_and_things_or_receivers_that_are_no_items() {
    check(
        "exchange",
        "The rebels said they had handed 17 captured soldiers to the International Committee of the Red Cross in Bor on Friday.",
        "2025-05-12",
        &[
            "exchange items=[prisoners_of_war:17:null>null] parties=[] mediator=null when=[2025-05-09] status=completed | speaker=The rebels actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "The group said it would release \"within days\" a Canadian engineer it seized in March.",
        "2025-05-12",
        &[
            "exchange items=[prisoners:1:null>Canada] parties=[Canada] mediator=null when=[] status=agreed | speaker=The group actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "At the talks, Armenia handed the Azerbaijani side a list of 40 detainees and demanded their release. \
         The militia withdrew from two villages, handing them over to army units. \
         The body would be the 19th of the 25 bodies of hostages due under the truce.",
        "2025-05-12",
        &[
            "exchange items=[prisoners:40:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn people_described_at_length_before_a_passive_and_a_later_clause_since() {
    check(
        "exchange",
        "Twenty-one pupils abducted from a boarding school in Kebbi State, in the north-west of the country, have been freed, the police said on Sunday.",
        "2025-12-08",
        &[
            "exchange items=[hostages:21:null>null] parties=[] mediator=null when=[] status=completed | speaker=the police actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "The ombudsman said that nine children who had been taken to Russia or kept in occupied parts of the Zaporizhzhia region had been returned to Ukraine, the latest group brought back under a scheme that Qatar has run since 2023.",
        "2025-12-08",
        &[
            "exchange items=[children:9:Russia>Ukraine] parties=[Russia, Ukraine, Qatar] mediator=null when=[] status=completed | speaker=The ombudsman actor=null verb=said",
        ],
    );
}

#[test]
fn headings_conditions_adjectives_receivers_and_people_handed_over_by_someone() {
    check(
        "exchange",
        "Prisoners freed through Muscat\n\nThe families urged the cabinet to hold out until the last captive is brought home. \
         Officials say the men are free to go back if they wish. \
         The coffin was flown to Israel and received by army troops at a base, the military said.",
        "2026-02-06",
        &[],
    );
    check(
        "exchange",
        "The remains of a soldier handed over by the rebels on Tuesday have been identified, the army said.",
        "2026-02-06",
        &[
            "exchange items=[bodies:1:null>null] parties=[] mediator=null when=[2026-02-03] status=completed | speaker=the army actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "The UN has demanded the release of 12 of its staff held by the junta. \
         Moscow has demanded the return of several dozen residents of its Belgorod region.",
        "2026-02-06",
        &[
            "exchange items=[prisoners:12:null>United Nations] parties=[United Nations] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
            "exchange items=[civilians:dozens:null>Russia] parties=[Russia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn topics_willingness_going_home_and_a_place_on_the_way() {
    check(
        "exchange",
        "The president raised the issue of prisoner exchanges during a call last week. \
         Officials made sure the men were willing to be transferred. \
         The ministry urged its nationals in the country to return home at once. \
         The detainees were flown to Port Sudan, where they were received by aid officials, the statement said.",
        "2025-11-20",
        &[],
    );
}

#[test]
fn the_same_source_is_the_body_that_spoke_last() {
    check(
        "exchange",
        "The International Committee of the Red Cross said it had helped bring 40 detainees home. \
         In return, the rebels released 12 soldiers on Monday, the same source added.",
        "2025-03-04",
        &[
            "exchange items=[prisoners_of_war:12:null>null] parties=[] mediator=null when=[2025-03-03] status=completed | speaker=The International Committee of the Red Cross actor=International Committee of the Red Cross verb=added",
        ],
    );
}

#[test]
fn a_release_that_someone_has_demanded_in_a_relative_clause() {
    check(
        "exchange",
        "Minsk is also holding at least two Lithuanian citizens, whose release Vilnius has demanded before any talks.",
        "2026-01-30",
        &[
            "exchange items=[prisoners:2:Belarus>Lithuania] parties=[Belarus, Lithuania] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn freedom_regained_rescuers_totals_and_exchanges_in_general() {
    check(
        "exchange",
        "All 14 traders abducted on the highway near Lokoja, Kogi State, last week have regained their freedom, the police said on Sunday. \
         The army said troops of Operation Hadin Kai had secured the release of dozens of farmers held by bandits.",
        "2025-11-29",
        &[
            "exchange items=[hostages:14:null>null] parties=[] mediator=null when=[] status=completed | speaker=the police actor=null verb=said",
            "exchange items=[hostages:dozens:null>null] parties=[] mediator=null when=[] status=completed | speaker=The army actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "Two of the women were treated in hospital after their release. \
         The ministry said the swap brought the total number of soldiers freed since 2022 to 5,000. \
         Prisoner exchanges slowed sharply in the spring of 2025 as talks stalled. \
         The remains would be the 9th of the 12 bodies that the group was supposed to hand over.",
        "2025-11-29",
        &[],
    );
}

#[test]
fn a_speaker_described_by_who_heads_a_sides_committee() {
    check(
        "exchange",
        "Yahya Saleh, who heads the Houthis' prisoner affairs committee, said on Saturday that the group had freed 40 detainees.",
        "2025-01-26",
        &[
            "exchange items=[prisoners:40:Houthis>null] parties=[Houthis] mediator=null when=[] status=completed | speaker=Yahya Saleh actor=Houthis verb=said",
        ],
    );
}

#[test]
fn remains_as_a_verb_are_no_bodies() {
    check(
        "exchange",
        "The envoy called on the militia to free Omar Farah, a journalist whose fate remains unknown. \
         On Friday night, the group handed over remains that did not match any missing person, officials said.",
        "2025-01-26",
        &[
            "exchange items=[prisoners:1:null>null] parties=[] mediator=null when=[] status=demanded | speaker=The envoy actor=null verb=called on",
            "exchange items=[bodies:-:null>null] parties=[] mediator=null when=[2025-01-24] status=completed | speaker=officials actor=null verb=said",
        ],
    );
}

#[test]
fn personnel_a_perfect_with_an_adverb_a_total_clause_and_a_speakers_description() {
    check(
        "exchange",
        "The envoy has repeatedly called for the release of 12 UN personnel detained by the rebels. \
         Separately, the 21 worshippers abducted from a church in Oke-Ode, Kwara State, have also regained their freedom, police said on Sunday.",
        "2025-12-04",
        &[
            "exchange items=[prisoners:12:null>null] parties=[] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
            "exchange items=[hostages:21:null>null] parties=[] mediator=null when=[] status=completed | speaker=police actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "Israel released the bodies of 30 Palestinians on Thursday, the ministry said, bringing to 300 the number of bodies handed back since the truce began. \
         The adviser, Musa Bello, who received the children in Minna, said they were being treated.",
        "2025-12-04",
        &[
            "exchange items=[bodies:30:Israel>null] parties=[Israel] mediator=null when=[2025-12-04] status=completed | speaker=the ministry actor=null verb=said",
        ],
    );
}

#[test]
fn a_blocked_exchange_word_gives_way_to_a_later_one() {
    check(
        "exchange",
        "The negotiator said Kyiv was ready to continue humanitarian exchanges and had proposed a swap of 500 prisoners of war. \
         The two sides will continue exchanging prisoners, officials said.",
        "2025-12-04",
        &[
            "exchange items=[prisoners_of_war:500:null>null] parties=[Ukraine] mediator=null when=[] status=proposed | speaker=The negotiator actor=null verb=said",
        ],
    );
}

#[test]
fn a_boy_returned_home() {
    check(
        "exchange",
        "In a separate case, a 16-year-old Ukrainian boy from occupied Oleshky was returned home on Friday through Qatari mediation, the charity said.",
        "2025-12-04",
        &[
            "exchange items=[children:1:null>Ukraine] parties=[Ukraine] mediator=Qatar when=[2025-11-28] status=completed | speaker=the charity actor=null verb=said",
        ],
    );
}

#[test]
fn a_return_home_after_a_clause_about_the_people_and_a_receiver_among_items() {
    check(
        "exchange",
        "Three civilians who had been held in Russia since the occupation of their village in 2022 returned home on Wednesday, the ombudsman said. \
         The coffin was transferred to army troops at the crossing and taken to a forensic institute, the office said.",
        "2026-01-27",
        &[
            "exchange items=[civilians:3:null>null] parties=[] mediator=null when=[2026-01-21] status=completed | speaker=the ombudsman actor=null verb=said",
        ],
    );
}

#[test]
fn a_date_of_another_verb_after_the_exchange_is_not_its_date() {
    check(
        "exchange",
        "The remains of a soldier handed over by the rebels on Tuesday were identified on Wednesday, the army said.",
        "2026-02-06",
        &[
            "exchange items=[bodies:1:null>null] parties=[] mediator=null when=[2026-02-03] status=completed | speaker=the army actor=null verb=said",
        ],
    );
}

#[test]
fn an_exchange_as_a_sentences_subject_things_handed_over_and_a_deal_that_would_include_one() {
    check(
        "exchange",
        "\"Every exchange is the result of months of work, and we will not stop until we bring back all of our people,\" the president wrote. \
         The swap came as troops pressed attacks along the border. \
         The army regained the town after the militia handed over administration of it. \
         The two sides have been negotiating a deal that would include a prisoner exchange. \
         Officials said it was the 60th exchange since the war began and that 4,000 soldiers had now been freed.",
        "2026-04-17",
        &[],
    );
    check(
        "exchange",
        "Russia and Ukraine held an exchange of prisoners, for the first time in months.",
        "2026-04-17",
        &[
            "exchange items=[prisoners:-:Russia>Ukraine, prisoners:-:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn counted_people_who_had_also_returned_but_not_troops_back_from_a_raid() {
    check(
        "exchange",
        "The ombudsman wrote that two Ukrainian civilians and a 15-year-old boy from the Kharkiv region had also returned to Ukraine from Russia with Qatari mediation.",
        "2026-01-30",
        &[
            "exchange items=[civilians:2:Russia>Ukraine, children:1:Russia>Ukraine] parties=[Ukraine, Russia] mediator=Qatar when=[] status=completed | speaker=The ombudsman actor=null verb=wrote",
        ],
    );
    check(
        "exchange",
        "The army said the troops had been operating against militant positions and had returned to Israeli territory before dawn.",
        "2026-01-30",
        &[],
    );
}

#[test]
fn an_exchange_mechanism_and_a_hosts_description_are_no_events() {
    check(
        "exchange",
        "The operation was the second carried out under the prisoner exchange mechanism agreed in Doha. \
         The governor, who received the students at the Government House, thanked security agencies.",
        "2026-08-01",
        &[],
    );
}

#[test]
fn a_running_total_in_what_the_speaker_adds_is_not_the_claims() {
    check(
        "exchange",
        "On Monday, Azerbaijan handed over the bodies of 12 Armenian soldiers, the defence ministry in Yerevan said, adding that only four had so far been identified.",
        "2025-09-10",
        &[
            "exchange items=[bodies:12:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[2025-09-08] status=completed | speaker=the defence ministry in Yerevan actor=Armenia verb=said",
        ],
    );
    // The total the sentence itself gives is still no event.
    check(
        "exchange",
        "Azerbaijan has handed over the bodies of 300 Armenian soldiers so far, the ministry said.",
        "2025-09-10",
        &[],
    );
}

#[test]
fn exchanges_yet_to_come_and_a_list_of_whom_received_them_are_no_events() {
    check(
        "exchange",
        "Envoys from Kyiv and Moscow will meet in Geneva next week for talks that officials said would cover further prisoner exchanges.",
        "2026-07-08",
        &[],
    );
    check(
        "exchange",
        "The victims were received by a team of police, soldiers and local hunters and taken to a clinic in Gusau on Sunday, the police said.",
        "2026-07-08",
        &[],
    );
}

#[test]
fn a_newsletters_list_of_contents_holds_no_claim() {
    check(
        "exchange",
        "We\u{2019}re covering a flare-up on the Thailand-Cambodia border and a prisoner swap in Yemen.",
        "2026-08-18",
        &[],
    );
    // The story told below it is a claim.
    check(
        "exchange",
        "The Houthis and the government exchanged 40 prisoners on Sunday, the ICRC said.",
        "2026-08-18",
        &[
            "exchange items=[prisoners:40:null>null] parties=[Houthis] mediator=null when=[2026-08-16] status=completed | speaker=the ICRC actor=International Committee of the Red Cross verb=said",
        ],
    );
}

#[test]
fn a_shepherd_handed_back_across_a_border() {
    check(
        "exchange",
        "India's Border Security Force handed a Pakistani shepherd who had strayed across the Line of Control back to Pakistani authorities on Sunday, officials said.",
        "2026-08-18",
        &[
            "exchange items=[prisoners:1:India>Pakistan] parties=[India, Pakistan] mediator=null when=[2026-08-16] status=completed | speaker=officials actor=null verb=said",
        ],
    );
}

#[test]
fn a_side_that_takes_custody_receives_and_a_remark_on_the_event_is_not_a_total() {
    check(
        "exchange",
        "On Tuesday, Iraq took custody of 230 suspected Islamic State members transferred from prisons run by the Syrian Democratic Forces, the justice ministry said, the largest single transfer so far.",
        "2026-05-14",
        &[
            "exchange items=[prisoners:230:Syrian Democratic Forces>Iraq] parties=[Iraq, Syrian Democratic Forces] mediator=null when=[2026-05-12] status=completed | speaker=the justice ministry actor=null verb=said",
        ],
    );
}

#[test]
fn an_agreed_exchange_takes_the_day_it_is_due() {
    check(
        "exchange",
        "Under the deal announced late on Sunday, the militia will hand over two more hostages to Kenya on Friday. \
         Three more hostages are due to be freed on Saturday, the ministry said.",
        "2025-01-27",
        &[
            "exchange items=[hostages:2:null>Kenya] parties=[Kenya] mediator=null when=[2025-01-31] status=agreed | speaker=null actor=null verb=null",
            "exchange items=[hostages:3:null>null] parties=[] mediator=null when=[2025-02-01] status=agreed | speaker=the ministry actor=null verb=said",
        ],
    );
    // A day gone is when the deal was told, not when the exchange is due.
    check(
        "exchange",
        "On Sunday, Russia and Ukraine agreed to exchange 200 prisoners each, Turkey said.",
        "2025-01-27",
        &[
            "exchange items=[prisoners:200:Russia>Ukraine, prisoners:200:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[] status=agreed | speaker=Turkey actor=Turkey verb=said",
        ],
    );
}

#[test]
fn talks_on_a_return_and_people_trying_to_return_are_no_events() {
    check(
        "exchange",
        "The White House said on Sunday that the two governments would also begin negotiations on the return of Lebanese prisoners captured after the war.",
        "2025-01-28",
        &[],
    );
    check(
        "exchange",
        "Israeli fire killed 24 people on Sunday as thousands of residents tried to return to border villages, the health ministry said.",
        "2025-01-28",
        &[],
    );
}

#[test]
fn a_side_that_demands_is_a_party_and_an_official_who_demands_speaks() {
    check(
        "exchange",
        "Phnom Penh has repeatedly demanded the return of 18 Cambodian soldiers captured by Thai troops.",
        "2026-02-10",
        &[
            "exchange items=[prisoners_of_war:18:Thailand>Cambodia] parties=[Thailand, Cambodia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
    check(
        "exchange",
        "Lebanese President Joseph Aoun has demanded that Israel free the 13 Lebanese citizens it has detained.",
        "2026-02-10",
        &[
            "exchange items=[prisoners:13:Israel>Lebanon] parties=[Israel, Lebanon] mediator=null when=[] status=demanded | speaker=Lebanese President Joseph Aoun actor=Lebanon verb=demanded",
        ],
    );
}

#[test]
fn how_long_people_were_held_is_no_total_and_a_total_that_has_now_grown_is() {
    check(
        "exchange",
        "Russia has released nine Ukrainian fishermen held since their boat was seized near Kerch in April, Ukraine's foreign ministry said on Thursday.",
        "2026-10-16",
        &[
            "exchange items=[prisoners:9:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=completed | speaker=Ukraine's foreign ministry actor=Ukraine verb=said",
        ],
    );
    check(
        "exchange",
        "More than 4,000 Ukrainians have now been freed from Russian captivity. \
         According to the ombudsman, 5,857 Ukrainians have been freed from captivity since February 2022.",
        "2026-10-16",
        &[],
    );
}

#[test]
fn forces_ordered_back_to_their_barracks_are_no_exchange() {
    check(
        "exchange",
        "The council has ordered all armed units to return to their barracks, an instruction that residents said had been widely ignored.",
        "2025-09-04",
        &[],
    );
}

#[test]
fn past_rounds_a_share_of_a_whole_in_words_a_jailbreak_and_a_phase_focused_on_releases() {
    check(
        "exchange",
        "Some of the remains received in earlier rounds turned out to belong to Russian soldiers. \
         By mid-January, the remains of all but one of the 28 deceased hostages had been returned. \
         Gunmen stormed the prison on Sunday, freeing more than 500 inmates. \
         The first phase focused on the release of people held by both sides.",
        "2026-01-15",
        &[],
    );
}

#[test]
fn what_the_dead_are_said_to_be_and_people_listed_among_a_group_are_no_items() {
    check(
        "exchange",
        "Russia handed over the bodies of 1,000 people it says are fallen Ukrainian soldiers on Thursday.",
        "2025-11-20",
        &[
            "exchange items=[bodies:1000:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[2025-11-20] status=completed | speaker=null actor=null verb=null",
        ],
    );
    check(
        "exchange",
        "Lubinets said Kyiv had demanded the release of all Ukrainian civilians held in Russian prisons, including journalists detained in the occupied territories.",
        "2025-11-20",
        &[
            "exchange items=[civilians:-:Russia>Ukraine] parties=[Ukraine, Russia] mediator=null when=[] status=demanded | speaker=Lubinets actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn people_taken_by_kidnappers_are_hostages() {
    check(
        "exchange",
        "Thirty-eight students abducted from a secondary school in Kaduna State have been freed, the police said. \
         The army secured the release of dozens of farmers held by bandits in Zamfara on Friday.",
        "2026-01-27",
        &[
            "exchange items=[hostages:38:null>null] parties=[] mediator=null when=[] status=completed | speaker=the police actor=null verb=said",
            "exchange items=[hostages:dozens:null>null] parties=[] mediator=null when=[2026-01-23] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_armed_wing_hands_over_for_its_side_and_the_remains_of_one_person_count_one() {
    check(
        "exchange",
        "Palestinian Islamic Jihad's armed wing, the Al-Quds Brigades, handed over the remains of a captive to the Red Cross on Tuesday, the army said.",
        "2025-12-03",
        &[
            "exchange items=[bodies:1:Palestinian Islamic Jihad>null] parties=[Palestinian Islamic Jihad] mediator=null when=[2025-12-02] status=completed | speaker=the army actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "Hamas handed over a coffin containing the remains of a deceased hostage to the Red Cross on Tuesday.",
        "2025-12-03",
        &[
            "exchange items=[bodies:1:Hamas>null] parties=[Hamas] mediator=null when=[2025-12-02] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_group_that_exchanges_a_mediator_who_mediates_and_a_compound_modifier() {
    check(
        "exchange",
        "The Congolese government and the M23 rebel group exchanged prisoners on Tuesday, with Qatar mediating, both sides said.",
        "2026-03-04",
        &[
            "exchange items=[prisoners:-:DR Congo>M23, prisoners:-:M23>DR Congo] parties=[DR Congo, M23] mediator=Qatar when=[2026-03-03] status=completed | speaker=both sides actor=null verb=said",
        ],
    );
    check(
        "exchange",
        "The swap is the first result of a prisoner-release protocol agreed in Doha last year.",
        "2026-03-04",
        &[],
    );
}

#[test]
fn freed_after_mediation_by_a_state() {
    check(
        "exchange",
        "Yemen's Houthi rebels on Wednesday freed nine sailors from the crew of a bulk carrier after mediation by Oman, the rebels said.",
        "2025-06-12",
        &[
            "exchange items=[hostages:9:Houthis>null] parties=[Houthis] mediator=Oman when=[2025-06-11] status=completed | speaker=Yemen's Houthi rebels actor=Houthis verb=said",
        ],
    );
}

#[test]
fn a_body_named_again_by_its_short_name_speaks_by_its_full_one() {
    check(
        "exchange",
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 84 Ukrainian soldiers had returned home on Monday. \
         Twenty Ukrainian civilians were also brought home on Tuesday, the Coordination Headquarters said.",
        "2025-10-08",
        &[
            "exchange items=[prisoners_of_war:84:null>Ukraine] parties=[Ukraine] mediator=null when=[2025-10-06] status=completed | speaker=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War actor=Ukraine verb=said",
            "exchange items=[civilians:20:null>Ukraine] parties=[Ukraine] mediator=null when=[2025-10-07] status=completed | speaker=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn the_organisation_a_sentence_named_is_the_one_that_speaks() {
    check(
        "exchange",
        "The United Nations called for calm on Saturday, the UN said. \
         Separately, the RSF freed 52 captured soldiers on Sunday and handed them to the International Committee of the Red Cross in the town of Tawila, the humanitarian organisation said.",
        "2026-02-17",
        &[
            "exchange items=[prisoners_of_war:52:Rapid Support Forces>null] parties=[Rapid Support Forces] mediator=null when=[2026-02-15] status=completed | speaker=the International Committee of the Red Cross actor=International Committee of the Red Cross verb=said",
        ],
    );
}

#[test]
fn a_word_of_people_before_a_noun_names_no_one() {
    check(
        "exchange",
        "Islamic Jihad freed two hostages on Thursday under a hostage deal reached in March. \
         Kyiv received 120 soldiers on Monday under a prisoner agreement mediated by Turkey.",
        "2026-05-09",
        &[
            "exchange items=[hostages:2:Palestinian Islamic Jihad>null] parties=[Palestinian Islamic Jihad] mediator=null when=[2026-05-07] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:120:null>Ukraine] parties=[Ukraine] mediator=Turkey when=[2026-05-04] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_phrase_that_opens_the_sentence_dates_the_handover_but_a_statement_does_not() {
    check(
        "exchange",
        "In a separate operation on Wednesday, the militia released nine herders to a team of local elders near Bunia. \
         In a statement on Friday, the army said the rebels had freed 12 soldiers.",
        "2026-07-04",
        &[
            "exchange items=[prisoners:9:null>null] parties=[] mediator=null when=[2026-07-01] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:12:null>null] parties=[] mediator=null when=[] status=completed | speaker=the army actor=null verb=said",
        ],
    );
}

#[test]
fn each_side_after_a_participle_a_mediator_that_acted_and_a_side_that_got_people_back() {
    check(
        "exchange",
        "Sudan and South Sudan swapped detainees on Friday, with 30 detainees returned to each side at the Joda crossing. \
         The South Sudanese army confirmed that 30 of its soldiers had been returned and said Kenya had acted as mediator. \
         South Sudan, for its part, got back thirty of its soldiers.",
        "2026-04-06",
        &[
            "exchange items=[prisoners:30:Sudan>South Sudan, prisoners:30:South Sudan>Sudan] parties=[Sudan, South Sudan] mediator=null when=[2026-04-03] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:30:null>null] parties=[] mediator=Kenya when=[] status=completed | speaker=The South Sudanese army actor=South Sudan verb=confirmed",
            "exchange items=[prisoners_of_war:30:Sudan>South Sudan] parties=[South Sudan, Sudan] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_people_remains_are_believed_to_be_are_not_more_people() {
    check(
        "exchange",
        "The remains of 212 people believed to be Sudanese soldiers were handed over to the army by the RSF on Tuesday.",
        "2026-04-09",
        &[
            "exchange items=[bodies:212:Rapid Support Forces>null] parties=[Rapid Support Forces] mediator=null when=[2026-04-07] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_return_of_displaced_people_is_no_exchange() {
    check(
        "exchange",
        "The draft covers the return of displaced people, the lifting of roadblocks in areas under rebel control and the fate of the parallel administrations the CODECO militia has set up in Ituri, the source said.",
        "2026-03-02",
        &[],
    );
}

#[test]
fn lists_exchanged_are_no_people() {
    check(
        "exchange",
        "A foreign ministry spokesman told reporters on Friday that 31 Indian fishermen remained in Pakistani jails, while 120 Pakistanis were held in Indian prisons, according to lists exchanged on July 1.",
        "2026-07-20",
        &[],
    );
}

#[test]
fn government_soldiers_go_back_to_the_state_the_group_fights() {
    check(
        "exchange",
        "The Arakan Army said it had taken the town of Ann from Myanmar's military. \
         As part of a local truce, the Arakan Army released 24 captured government soldiers on Monday.",
        "2026-04-21",
        &[
            "exchange items=[prisoners_of_war:24:Arakan Army>Myanmar] parties=[Arakan Army, Myanmar] mediator=null when=[2026-04-20] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_same_number_of_people_in_return_is_counted_again() {
    check(
        "exchange",
        "Azerbaijan said 12 Azerbaijani soldiers had been returned in exchange for the same number of Armenian detainees.",
        "2026-01-15",
        &[
            "exchange items=[prisoners_of_war:12:Armenia>Azerbaijan, prisoners:12:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[] status=completed | speaker=Azerbaijan actor=Azerbaijan verb=said",
        ],
    );
}

#[test]
fn people_that_bandits_hold_are_hostages() {
    check(
        "exchange",
        "Bandits in Tsafe have freed 31 people held in their camps as part of a truce with local vigilantes, a local official said on Sunday. \
         Three engineers of the Kaduna Electric Distribution Company (KEDC) abducted near Birnin Gwari were released on Friday, police said.",
        "2026-06-08",
        &[
            "exchange items=[hostages:31:null>null] parties=[] mediator=null when=[] status=completed | speaker=a local official actor=null verb=said",
            "exchange items=[hostages:3:null>null] parties=[] mediator=null when=[2026-06-05] status=completed | speaker=police actor=null verb=said",
        ],
    );
}

#[test]
fn a_front_the_article_names_in_full_is_a_side() {
    check(
        "exchange",
        "Dissidents of the Jaime Martinez Front on Tuesday freed 14 soldiers they had captured in Cauca, the army said.",
        "2026-02-05",
        &[
            "exchange items=[prisoners_of_war:14:Jaime Martinez Front>null] parties=[Jaime Martinez Front] mediator=null when=[2026-02-03] status=completed | speaker=the army actor=Colombia verb=said",
        ],
    );
}

#[test]
fn sides_that_each_hand_over_and_an_abbreviated_compound() {
    check(
        "exchange",
        "Armenia and Azerbaijan each handed over 11 prisoners of war on Friday in a swap mediated by Qatar. \
         The two countries conducted a prisoner of war (POW) exchange on May 4, with each side returning 20 POWs.",
        "2026-05-09",
        &[
            "exchange items=[prisoners_of_war:11:Armenia>Azerbaijan, prisoners_of_war:11:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=Qatar when=[2026-05-08] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:20:Armenia>Azerbaijan, prisoners_of_war:20:Azerbaijan>Armenia] parties=[Armenia, Azerbaijan] mediator=null when=[2026-05-04] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn receivers_named_before_the_people_or_by_a_second_verb() {
    // "handed over to Kyiv 500 bodies": the receiver between the verb and the people; "and
    // received": the first verb's subject receives; "those of" after bodies are bodies; a group
    // freed with no receiver named keeps none.
    check(
        "exchange",
        "Moscow handed over to Kyiv 500 bodies it said were those of Ukrainian servicemen on Monday. \
         Ukraine returned 40 bodies to Russia on Tuesday and received the remains of 300 of its soldiers from Moscow. \
         Kyiv got back the bodies of 700 soldiers, while Russia received those of 25 of its troops. \
         Hamas released eight hostages on Thursday and Israel freed 110 Palestinian prisoners in return.",
        "2025-02-01",
        &[
            "exchange items=[bodies:500:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[2025-01-27] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:40:Ukraine>Russia, bodies:300:Russia>Ukraine] parties=[Ukraine, Russia] mediator=null when=[2025-01-28] status=completed | speaker=null actor=null verb=null",
            "exchange items=[bodies:700:Russia>Ukraine, bodies:25:Ukraine>Russia] parties=[Ukraine, Russia] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[hostages:8:Hamas>null, prisoners:110:Israel>null] parties=[Hamas, Israel] mediator=null when=[2025-01-30] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn abducted_pupils_are_hostages_children_a_state_took_are_not() {
    check(
        "exchange",
        "Police said 25 pupils and staff abducted from a boarding school in Kebbi last month were freed on Saturday. \
         Nine children abducted by Russia from Kherson were returned to Ukraine on Friday, the ombudsman said.",
        "2025-11-24",
        &[
            "exchange items=[hostages:25:null>null] parties=[] mediator=null when=[2025-11-22] status=completed | speaker=Police actor=null verb=said",
            "exchange items=[children:9:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[2025-11-21] status=completed | speaker=the ombudsman actor=null verb=said",
        ],
    );
}

#[test]
fn the_government_of_a_group_s_country_not_the_foreign_army_named_more() {
    // The regions lie in Yemen: "the government" there is Yemen's, though the Saudi-led
    // coalition is named more often.
    check(
        "exchange",
        "The Saudi-led coalition said its jets struck Houthi positions near Marib on Monday. \
         The Saudi-led coalition has backed Yemen's government since 2015, and Saudi Arabia hosted the talks. \
         The Houthis freed 40 captured soldiers in Marib on Sunday, while the government released 60 Houthi fighters in Aden.",
        "2025-12-30",
        &[
            "exchange items=[prisoners_of_war:40:Houthis>null, prisoners_of_war:60:Yemen>Houthis] parties=[Houthis, Yemen] mediator=null when=[2025-12-28] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn parts_of_the_people_names_of_bodies_and_armies_of_a_country() {
    // "most of them women" is a part of the people counted; the words of a commission's name
    // are no people; "Hamas and other groups" frees as Hamas; a date after the mediator's name
    // is no part of it; "Sudanese army soldiers" are the army's.
    check(
        "exchange",
        "On May 2, Azerbaijan handed over the remains of three Armenian soldiers, according to Armenia's Commission on Prisoners of War, Hostages and Missing Persons. \
         Hamas and other groups freed 50 hostages, most of them women and children, during the truce. \
         The RSF freed 64 Sudanese army soldiers in a release facilitated by the International Committee of the Red Cross in March 2024.",
        "2025-05-06",
        &[
            "exchange items=[bodies:3:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[2025-05-02] status=completed | speaker=Armenia's Commission actor=Armenia verb=according to",
            "exchange items=[hostages:50:Hamas>null] parties=[Hamas] mediator=null when=[] status=completed | speaker=null actor=null verb=null",
            "exchange items=[prisoners_of_war:64:Rapid Support Forces>Sudanese Armed Forces] parties=[Rapid Support Forces, Sudanese Armed Forces] mediator=International Committee of the Red Cross when=[2024-03-01..2024-03-31] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_authority_of_a_region_speaks_for_its_country() {
    // A state's police command speaks for Nigeria; a health ministry named after a place, and
    // a resident, for no one.
    check(
        "exchange",
        "Twenty farmers abducted in Zamfara State have been freed, the Zamfara State Police Command said on Sunday. \
         Israel returned the bodies of 12 Palestinians on Monday, the Gaza health ministry said. \
         Gunmen freed six traders on Friday, a resident of Katsina State said.",
        "2026-02-17",
        &[
            "exchange items=[hostages:20:null>null] parties=[] mediator=null when=[] status=completed | speaker=the Zamfara State Police Command actor=Nigeria verb=said",
            "exchange items=[bodies:12:Israel>null] parties=[Israel] mediator=null when=[2026-02-16] status=completed | speaker=the Gaza health ministry actor=null verb=said",
            "exchange items=[hostages:6:null>null] parties=[] mediator=null when=[2026-02-13] status=completed | speaker=a resident of Katsina State actor=null verb=said",
        ],
    );
}

#[test]
fn the_remit_of_a_body_names_no_people() {
    check(
        "exchange",
        "On Wednesday, Azerbaijan returned the remains of four Armenian servicemen, the Armenian government's commission on prisoners of war, hostages and missing persons said.",
        "2025-03-14",
        &[
            "exchange items=[bodies:4:Azerbaijan>Armenia] parties=[Azerbaijan, Armenia] mediator=null when=[2025-03-12] status=completed | speaker=the Armenian government's commission on prisoners of war, hostages and missing persons actor=Armenia verb=said",
        ],
    );
}

#[test]
fn mediation_by_and_a_handover_arranged_by() {
    check(
        "exchange",
        "Ukraine has brought home six children who had been deported to Russia, with mediation by Qatar, the presidential office said on Tuesday. \
         The TNLA handed over 12 captured soldiers to the military at the border on Friday, in a handover arranged by Chinese officials.",
        "2025-11-19",
        &[
            "exchange items=[children:6:Russia>Ukraine] parties=[Ukraine, Russia] mediator=Qatar when=[] status=completed | speaker=the presidential office actor=null verb=said",
            "exchange items=[prisoners_of_war:12:Ta'ang National Liberation Army>null] parties=[Ta'ang National Liberation Army] mediator=China when=[2025-11-14] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn teenagers_are_children_and_a_cyclist_a_prisoner() {
    check(
        "exchange",
        "Ukraine's ombudsman said on Thursday that three teenagers taken to Russia had been brought back to Ukraine with the help of Qatar. \
         Iran freed a French cyclist on Monday, the Elysee said.",
        "2025-08-14",
        &[
            "exchange items=[children:3:Russia>Ukraine] parties=[Russia, Ukraine] mediator=Qatar when=[] status=completed | speaker=Ukraine's ombudsman actor=Ukraine verb=said",
            "exchange items=[prisoners:1:Iran>France] parties=[Iran, France] mediator=null when=[2025-08-11] status=completed | speaker=the Elysee actor=null verb=said",
        ],
    );
}

#[test]
fn fighters_of_a_named_group_free_passengers_they_had_seized() {
    check(
        "exchange",
        "Separatist fighters of the Ambazonia Defence Forces (ADF) on Thursday freed 11 bus passengers they had seized near Kumbo, an official said.",
        "2025-11-29",
        &[
            "exchange items=[hostages:11:Ambazonia Defence Forces>null] parties=[Ambazonia Defence Forces] mediator=null when=[2025-11-27] status=completed | speaker=an official actor=null verb=said",
        ],
    );
}

#[test]
fn sent_back_around_its_object() {
    // Sent back is a handover; sending children back to school is not.
    check(
        "exchange",
        "Israel sent the remains of 15 Palestinians back to Gaza on Wednesday morning, the health ministry said. \
         Residents have spent the autumn sending their children back to schools near the front.",
        "2025-10-23",
        &[
            "exchange items=[bodies:15:Israel>null] parties=[Israel] mediator=null when=[2025-10-22] status=completed | speaker=the health ministry actor=null verb=said",
        ],
    );
}

#[test]
fn the_next_exchange_is_none_yet_an_agreed_one_is() {
    check(
        "exchange",
        "The ombudsman said Kyiv was preparing lists for the next exchange of prisoners. \
         Zelensky said the two sides had agreed to carry out another exchange of prisoners of war in the coming weeks.",
        "2026-02-06",
        &[
            "exchange items=[prisoners_of_war:-:null>null] parties=[Ukraine] mediator=null when=[] status=agreed | speaker=Zelensky actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn the_date_of_a_handover_told_after_the_people() {
    check(
        "exchange",
        "The ICRC said it had facilitated the release of 31 detainees held by the RSF in Nyala, who were flown to Port Sudan on Sunday. \
         The RSF also released 45 detainees, including civilians and soldiers, from a prison in Nyala on Monday, the ICRC said.",
        "2026-01-06",
        &[
            "exchange items=[prisoners:31:Rapid Support Forces>null] parties=[Rapid Support Forces, Sudanese Armed Forces] mediator=International Committee of the Red Cross when=[2026-01-04] status=completed | speaker=The ICRC actor=International Committee of the Red Cross verb=said",
            "exchange items=[prisoners:45:Rapid Support Forces>null] parties=[Rapid Support Forces] mediator=null when=[2026-01-05] status=completed | speaker=the ICRC actor=International Committee of the Red Cross verb=said",
        ],
    );
}

#[test]
fn the_date_a_when_clause_hangs_on() {
    check(
        "exchange",
        "The two sides last swapped detainees in May 2023, when about 800 people were released over three days.",
        "2025-11-19",
        &[
            "exchange items=[prisoners:800:null>null] parties=[] mediator=null when=[2023-05-01..2023-05-31] status=completed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn terms_that_oblige_and_requests_for_a_release() {
    check(
        "exchange",
        "The truce terms oblige Israel to hand back 15 Palestinian bodies for every hostage body it receives. \
         Lebanon's foreign ministry said on Monday that Israel must free the 13 Lebanese prisoners it captured during the war. \
         India's foreign ministry said it had asked for the release of 40 Indian fishermen held in Pakistan.",
        "2025-10-22",
        &[
            "exchange items=[bodies:15:Israel>null] parties=[Israel] mediator=null when=[] status=agreed | speaker=null actor=null verb=null",
            "exchange items=[prisoners:13:Israel>Lebanon] parties=[Israel, Lebanon] mediator=null when=[] status=demanded | speaker=Lebanon's foreign ministry actor=Lebanon verb=said",
            "exchange items=[prisoners:40:Pakistan>India] parties=[Pakistan, India] mediator=null when=[] status=demanded | speaker=India's foreign ministry actor=India verb=said",
        ],
    );
}

#[test]
fn lists_handed_over_and_a_return_demanded() {
    check(
        "exchange",
        "Kyiv handed Russia lists of more than 400 deported children last week and demanded their return. \
         Officials handed the Russian side a new list of 1,200 Ukrainian children and demanded their return.",
        "2026-01-16",
        &[
            "exchange items=[children:400:Russia>Ukraine] parties=[Ukraine, Russia] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
            "exchange items=[children:1200:Russia>Ukraine] parties=[Russia, Ukraine] mediator=null when=[] status=demanded | speaker=null actor=null verb=null",
        ],
    );
}
