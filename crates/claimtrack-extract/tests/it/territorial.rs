//! Territorial claims over short paragraphs written for these tests.

use crate::check;

#[test]
fn capture_with_type_region_and_country() {
    check(
        "territorial",
        "On Tuesday, Russia said its troops had captured the village of Novoserhiivka in Ukraine's Donetsk region.",
        "2025-09-10",
        &[
            "territorial place=Novoserhiivka type=village region=Donetsk country=Ukraine action=captured verb=captured actor=Russia claimant=Russia announced=2025-09-09 status=claimed | speaker=Russia actor=Russia verb=said",
        ],
    );
}

#[test]
fn one_claim_per_place_in_a_list() {
    check(
        "territorial",
        "Russia's defence ministry said on Friday that its forces had taken control of the villages of Bila Hora and Stupochky in the Donetsk region.",
        "2025-06-14",
        &[
            "territorial place=Bila Hora type=village region=Donetsk country=Ukraine action=captured verb=taken control of actor=Russia claimant=Russia announced=2025-06-13 status=claimed | speaker=Russia's defence ministry actor=Russia verb=said",
            "territorial place=Stupochky type=village region=Donetsk country=Ukraine action=captured verb=taken control of actor=Russia claimant=Russia announced=2025-06-13 status=claimed | speaker=Russia's defence ministry actor=Russia verb=said",
        ],
    );
}

#[test]
fn denial_of_a_withdrawal() {
    check(
        "territorial",
        "Kyiv denied that its troops had withdrawn from Toretsk, a town in the Donetsk region.",
        "2025-02-20",
        &[
            "territorial place=Toretsk type=town region=Donetsk country=Ukraine action=withdrew verb=withdrawn from actor=Ukraine claimant=Ukraine announced=2025-02-20 status=denied | speaker=Kyiv actor=Ukraine verb=denied",
        ],
    );
}

#[test]
fn the_losing_side_confirms() {
    check(
        "territorial",
        "The Sudanese army acknowledged on Sunday that its forces had pulled out of Babanusa after weeks of fighting.",
        "2025-12-02",
        &[
            "territorial place=Babanusa type=null region=null country=null action=withdrew verb=pulled out of actor=Sudanese Armed Forces claimant=Sudanese Armed Forces announced=2025-11-30 status=confirmed | speaker=The Sudanese army actor=Sudanese Armed Forces verb=acknowledged",
        ],
    );
}

#[test]
fn rebels_enter_a_city_in_the_reporters_voice() {
    check(
        "territorial",
        "The M23 has long been active in the east. The rebels entered Uvira on Wednesday, the capital of Sud-Kivu province's lakeside district.",
        "2025-12-11",
        &[
            "territorial place=Uvira type=null region=Sud-Kivu country=DR Congo action=entered verb=entered actor=M23 claimant=null announced=2025-12-10 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn passive_fall_and_held_attack() {
    check(
        "territorial",
        "Local officials said Kamianske fell to Russian forces overnight. Ukraine's army said it had repelled a Russian assault on Orikhiv.",
        "2025-05-03",
        &[
            "territorial place=Kamianske type=null region=null country=null action=captured verb=fell to actor=Russia claimant=null announced=2025-05-03 status=claimed | speaker=Local officials actor=null verb=said",
            "territorial place=Orikhiv type=null region=null country=null action=held verb=repelled a Russian assault on actor=Ukraine claimant=Ukraine announced=2025-05-03 status=claimed | speaker=Ukraine's army actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn intentions_adjectives_and_vague_advances_are_not_claims() {
    check(
        "territorial",
        "Putin ordered his troops to capture Kostiantynivka. Russian forces advanced in the east. Celebrations broke out in army-held Omdurman. Will Russia take Zaporizhzhia?",
        "2025-05-03",
        &[],
    );
}

#[test]
fn encircled_units_in_a_city_and_a_buffer_zone() {
    check(
        "territorial",
        "Russia's defence ministry said its forces had encircled Ukrainian units in Kupiansk. Moscow said on Monday it had created a buffer zone in the Kharkiv region.",
        "2025-10-21",
        &[
            "territorial place=Kupiansk type=null region=null country=null action=encircled verb=encircled actor=Russia claimant=Russia announced=2025-10-21 status=claimed | speaker=Russia's defence ministry actor=Russia verb=said",
            "territorial place=Kharkiv type=region region=Kharkiv country=Ukraine action=buffer_zone verb=created actor=Russia claimant=Russia announced=2025-10-20 status=claimed | speaker=Moscow actor=Russia verb=said",
        ],
    );
}

#[test]
fn passive_voice_of_active_verbs_and_withdrawals_with_objects() {
    check(
        "territorial",
        "Ukraine's military said Zalizne had been retaken by Russian troops. The Israeli army said it had pulled its soldiers back from Khan Younis on Sunday.",
        "2025-04-08",
        &[
            "territorial place=Zalizne type=null region=null country=null action=captured verb=retaken actor=Russia claimant=Ukraine announced=2025-04-08 status=confirmed | speaker=Ukraine's military actor=Ukraine verb=said",
            "territorial place=Khan Younis type=null region=null country=null action=withdrew verb=pulled its soldiers back from actor=Israel claimant=Israel announced=2025-04-06 status=confirmed | speaker=The Israeli army actor=Israel verb=said",
        ],
    );
}

#[test]
fn quotes_across_sentences_and_pronouns_keep_the_speaker() {
    check(
        "territorial",
        "Russian President Vladimir Putin spoke on Wednesday. \u{201c}Our troops have taken Siversk. The enemy is retreating,\u{201d} he told officers.",
        "2025-12-04",
        &[
            "territorial place=Siversk type=null region=null country=null action=captured verb=taken actor=Russia claimant=Russia announced=2025-12-04 status=claimed | speaker=Russian President Vladimir Putin actor=Russia verb=told",
        ],
    );
}

#[test]
fn people_taken_somewhere_are_not_places_taken() {
    check(
        "territorial",
        "The 40 freed soldiers were taken to a hospital in Kharkiv. Dozens of civilians were evacuated from Kherson.",
        "2025-04-08",
        &[],
    );
}

#[test]
fn sports_and_business_verbs_are_not_territory() {
    check(
        "territorial",
        "Real Madrid captured the Spanish title after beating Getafe. The company took control of a stake in an oil field, and its chief executive left London.",
        "2025-09-02",
        &[],
    );
}

#[test]
fn a_quoted_denial_with_the_speaker_after() {
    check(
        "territorial",
        "Russian troops have pressed on in the north-east. \"Borova has not been captured, our soldiers continue to hold the town,\" Ukraine's Khortytsia group of forces said.",
        "2025-11-05",
        &[
            "territorial place=Borova type=null region=null country=null action=captured verb=captured actor=Russia claimant=Ukraine announced=2025-11-05 status=denied | speaker=Ukraine's Khortytsia group of forces actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn driving_the_enemy_out_is_a_capture() {
    check(
        "territorial",
        "Russian units pushed Ukrainian forces out of Dvorichna, Russia's defence ministry said. Ukrainian troops ousted Russian assault groups from Kindrativka, the General Staff in Kyiv said.",
        "2025-10-08",
        &[
            "territorial place=Dvorichna type=null region=null country=null action=captured verb=pushed Ukrainian forces out of actor=Russia claimant=Russia announced=2025-10-08 status=claimed | speaker=Russia's defence ministry actor=Russia verb=said",
            "territorial place=Kindrativka type=null region=null country=null action=captured verb=ousted Russian assault groups from actor=Ukraine claimant=Ukraine announced=2025-10-08 status=claimed | speaker=the General Staff in Kyiv actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn nominal_and_clause_initial_captures() {
    check(
        "territorial",
        "Moscow hailed the seizure of Siversk on Monday. After taking Yampil, Russian forces moved west, the ministry added.",
        "2025-12-03",
        &[
            "territorial place=Siversk type=null region=null country=null action=captured verb=seizure of actor=Russia claimant=Russia announced=2025-12-01 status=claimed | speaker=Moscow actor=Russia verb=hailed",
            "territorial place=Yampil type=null region=null country=null action=captured verb=After taking actor=Russia claimant=null announced=2025-12-03 status=claimed | speaker=the ministry actor=null verb=added",
        ],
    );
}

#[test]
fn a_pluperfect_report_dated_last_month() {
    check(
        "territorial",
        "Russia had announced last month that it had taken Kurakhove.",
        "2025-02-10",
        &[
            "territorial place=Kurakhove type=null region=null country=null action=captured verb=taken actor=Russia claimant=Russia announced=2025-01-01..2025-01-31 status=claimed | speaker=Russia actor=Russia verb=had announced",
        ],
    );
}

#[test]
fn a_generic_spokesman_speaks_for_the_subject() {
    check(
        "territorial",
        "Sudanese army soldiers retook the town of Um Sumeima from the RSF, an army spokesman said on Saturday.",
        "2025-10-27",
        &[
            "territorial place=Um Sumeima type=town region=null country=null action=captured verb=retook actor=Sudanese Armed Forces claimant=Sudanese Armed Forces announced=2025-10-25 status=claimed | speaker=an army spokesman actor=Sudanese Armed Forces verb=said",
        ],
    );
}

#[test]
fn dismissing_the_other_sides_claim() {
    check(
        "territorial",
        "Russia keeps up its assault in the east. Ukraine's army said on Friday, dismissing Moscow's claim that its forces had captured the town of Lyman.",
        "2025-11-22",
        &[
            "territorial place=Lyman type=town region=null country=null action=captured verb=captured actor=Russia claimant=Ukraine announced=2025-11-21 status=denied | speaker=Ukraine's army actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn a_trailing_rebuttal_disputes_the_claim() {
    check(
        "territorial",
        "Russia said its forces had taken Huliaipole, a claim that Ukraine's General Staff rejected as false.",
        "2025-11-22",
        &[
            "territorial place=Huliaipole type=null region=null country=null action=captured verb=taken actor=Russia claimant=Russia announced=2025-11-22 status=disputed | speaker=Russia actor=Russia verb=said",
        ],
    );
}

#[test]
fn an_armed_group_took_a_place_with_a_time_phrase_after() {
    check(
        "territorial",
        "The RSF took El Geneina after a long siege in November.",
        "2025-12-01",
        &[
            "territorial place=El Geneina type=null region=null country=null action=captured verb=took actor=Rapid Support Forces claimant=null announced=2025-11-01..2025-11-30 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_list_split_by_a_time_phrase() {
    check(
        "territorial",
        "The rebels seized Kalehe in March 2025 and Walikale the following month.",
        "2025-06-01",
        &[
            "territorial place=Kalehe type=null region=null country=null action=captured verb=seized actor=null claimant=null announced=2025-03-01..2025-03-31 status=claimed | speaker=null actor=null verb=null",
            // "the following month" dates the place it follows.
            "territorial place=Walikale type=null region=null country=null action=captured verb=seized actor=null claimant=null announced=2025-04-01..2025-04-30 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn claimed_control_over_and_forced_retreat() {
    check(
        "territorial",
        "Russia claimed control over the village of Zelenyi Hai on Monday. The army acknowledged that Ukrainian troops were forced to retreat from Vovchansk.",
        "2025-08-06",
        &[
            "territorial place=Zelenyi Hai type=village region=null country=null action=captured verb=claimed control over actor=Russia claimant=Russia announced=2025-08-04 status=claimed | speaker=Russia actor=Russia verb=claimed",
            "territorial place=Vovchansk type=null region=null country=null action=withdrew verb=forced to retreat from actor=Ukraine claimant=Ukraine announced=2025-08-06 status=confirmed | speaker=The army actor=Ukraine verb=acknowledged",
        ],
    );
}

#[test]
fn advanced_into_outskirts_and_repelled_attacks_on_a_particle_name() {
    check(
        "territorial",
        "Russian forces advanced into the outskirts of the town of Siversk. Mali's army said it repelled coordinated attacks on the town of Sidi Bouzid and four other locations.",
        "2025-07-02",
        &[
            "territorial place=Siversk type=town region=null country=null action=entered verb=advanced into the outskirts of actor=Russia claimant=null announced=2025-07-02 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Sidi Bouzid type=town region=null country=null action=held verb=repelled coordinated attacks on actor=Mali claimant=Mali announced=2025-07-02 status=claimed | speaker=Mali's army actor=Mali verb=said",
        ],
    );
}

#[test]
fn demands_and_pronouns_are_not_claims() {
    check(
        "territorial",
        "The Kremlin has repeatedly demanded that Ukraine withdraw from the parts of Zaporizhzhia it still holds. \"We were surrounded by 5,000 of their supporters,\" the coach said.",
        "2025-07-02",
        &[],
    );
}

#[test]
fn a_region_occupied_in_the_passive() {
    check(
        "territorial",
        "Officials said the Kherson region had been fully occupied by Russian forces.",
        "2025-03-03",
        &[
            "territorial place=Kherson type=region region=Kherson country=Ukraine action=captured verb=fully occupied actor=Russia claimant=null announced=2025-03-03 status=claimed | speaker=Officials actor=null verb=said",
        ],
    );
}

#[test]
fn flags_liberation_and_clearing() {
    check(
        "territorial",
        "Russian troops raised the Russian flag over the village of Yampil. The Israeli army said troops had cleared the Zeitoun neighbourhood. Somali forces cleared al-Shabaab fighters from Moqokori.",
        "2025-04-04",
        &[
            "territorial place=Yampil type=village region=null country=null action=captured verb=raised the Russian flag over actor=Russia claimant=null announced=2025-04-04 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Zeitoun type=district region=null country=null action=captured verb=cleared actor=Israel claimant=Israel announced=2025-04-04 status=claimed | speaker=The Israeli army actor=Israel verb=said",
            "territorial place=Moqokori type=null region=null country=null action=captured verb=cleared al-Shabaab fighters from actor=Somalia claimant=null announced=2025-04-04 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_background_relative_clause() {
    check(
        "territorial",
        "Shelling hit Lyman, a rail junction that Ukraine recaptured in a counteroffensive in October 2022.",
        "2025-10-10",
        &[
            "territorial place=Lyman type=null region=null country=null action=captured verb=recaptured actor=Ukraine claimant=null announced=2022-10-01..2022-10-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_denied_passive_capture_names_the_other_side() {
    check(
        "territorial",
        "Israeli troops pressed on in northern Gaza. Hamas denied that Jabalia had been cleared.",
        "2025-01-10",
        &[
            "territorial place=Jabalia type=null region=null country=null action=captured verb=cleared actor=Israel claimant=Hamas announced=2025-01-10 status=denied | speaker=Hamas actor=Hamas verb=denied",
        ],
    );
}

#[test]
fn claims_dismissed_as_untrue_are_denied() {
    check(
        "territorial",
        "Russia pressed its offensive in the east. Kyiv said the claims that Kostiantynivka had fallen were untrue and that troops were still holding their positions in the town.",
        "2025-12-01",
        &[
            "territorial place=Kostiantynivka type=null region=null country=null action=captured verb=fallen actor=Russia claimant=Ukraine announced=2025-12-01 status=denied | speaker=Kyiv actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn holding_positions_against_a_claim_called_untrue() {
    check(
        "territorial",
        "Russia said it had taken several villages. The General Staff said the claims were untrue and that Ukrainian troops still held positions in the village of Torske, where fighting continues.",
        "2025-12-01",
        &[
            "territorial place=Torske type=village region=null country=null action=captured verb=still held positions in actor=Russia claimant=Ukraine announced=2025-12-01 status=denied | speaker=The General Staff actor=null verb=said",
        ],
    );
}

#[test]
fn hyphenated_particles_stay_inside_a_name() {
    check(
        "territorial",
        "Turkish-backed fighters said they had captured Ras al-Ain and Tell Abyad.",
        "2019-10-20",
        &[
            "territorial place=Ras al-Ain type=null region=null country=null action=captured verb=captured actor=null claimant=null announced=2019-10-20 status=claimed | speaker=Turkish-backed fighters actor=null verb=said",
            "territorial place=Tell Abyad type=null region=null country=null action=captured verb=captured actor=null claimant=null announced=2019-10-20 status=claimed | speaker=Turkish-backed fighters actor=null verb=said",
        ],
    );
}

#[test]
fn lost_control_and_repelled_assaults_on_a_list() {
    check(
        "territorial",
        "Congolese soldiers lost control of Kamanyola on Friday, the army acknowledged. The Malian army said it had repelled assaults on Kayes and Nioro du Sahel.",
        "2025-04-20",
        &[
            "territorial place=Kamanyola type=null region=null country=null action=withdrew verb=lost control of actor=DR Congo claimant=DR Congo announced=2025-04-18 status=confirmed | speaker=the army actor=DR Congo verb=acknowledged",
            "territorial place=Kayes type=null region=null country=null action=held verb=repelled assaults on actor=Mali claimant=Mali announced=2025-04-20 status=claimed | speaker=The Malian army actor=Mali verb=said",
            "territorial place=Nioro du Sahel type=null region=null country=null action=held verb=repelled assaults on actor=Mali claimant=Mali announced=2025-04-20 status=claimed | speaker=The Malian army actor=Mali verb=said",
        ],
    );
}

#[test]
fn cleared_of_charges_is_not_ground() {
    check(
        "territorial",
        "Russian troops pressed on. Kovalenko had been cleared of all charges, the court said.",
        "2025-04-20",
        &[],
    );
}

#[test]
fn regions_outside_ukraine_and_region_phrases() {
    check(
        "territorial",
        "Al-Shabaab fighters withdrew from the town of Adale in the central province of Middle Shabelle, Somalia's army said. Somali troops captured the town of Sablale in Lower Shabelle. Thai soldiers seized the Ta Krabey temple in Surin province.",
        "2026-01-14",
        &[
            "territorial place=Adale type=town region=Middle Shabelle country=Somalia action=withdrew verb=withdrew from actor=al-Shabaab claimant=Somalia announced=2026-01-14 status=claimed | speaker=Somalia's army actor=Somalia verb=said",
            "territorial place=Sablale type=town region=Lower Shabelle country=Somalia action=captured verb=captured actor=Somalia claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Ta Krabey type=other region=Surin country=Thailand action=captured verb=seized actor=Thailand claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn noun_withdrawal_pushed_back_and_a_plural_type_word() {
    check(
        "territorial",
        "Malian soldiers carried out a strategic withdrawal from the Tessit camp. Sudanese troops pushed RSF fighters back from the outskirts of the city of Babanusa. M23 rebels captured Walikale and Pinga, two towns in North Kivu province.",
        "2026-01-14",
        &[
            "territorial place=Tessit type=other region=null country=null action=withdrew verb=withdrawal from actor=Mali claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Babanusa type=city region=null country=null action=held verb=back from the outskirts of actor=Sudan claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Walikale type=town region=North Kivu country=DR Congo action=captured verb=captured actor=M23 claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Pinga type=town region=North Kivu country=DR Congo action=captured verb=captured actor=M23 claimant=null announced=2026-01-14 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_quantifier_is_not_a_place() {
    check(
        "territorial",
        "Several had been held in the town for months.",
        "2026-01-14",
        &[],
    );
}

#[test]
fn an_unnamed_army_spokesman_speaks_for_the_army_of_the_article() {
    check(
        "territorial",
        "Sudan's army said on Friday that it had lost the town of Bara. Army spokesman Brig. Gen. Ahmed Saeed said troops had withdrawn from the village of Umm Sumeima to regroup.",
        "2026-03-07",
        &[
            "territorial place=Umm Sumeima type=village region=null country=null action=withdrew verb=withdrawn from actor=Sudanese Armed Forces claimant=Sudanese Armed Forces announced=2026-03-07 status=confirmed | speaker=Army spokesman Brig. Gen. Ahmed Saeed actor=Sudanese Armed Forces verb=said",
        ],
    );
}

#[test]
fn officials_installed_by_a_side_speak_for_it() {
    check(
        "territorial",
        "Russian-installed officials said on Tuesday that Russian forces had captured the village of Stepove.",
        "2026-03-04",
        &[
            "territorial place=Stepove type=village region=null country=null action=captured verb=captured actor=Russia claimant=Russia announced=2026-03-03 status=claimed | speaker=Russian-installed officials actor=Russia verb=said",
        ],
    );
}

#[test]
fn a_whole_quote_takes_the_speaker_of_the_next_sentence() {
    check(
        "territorial",
        "\u{201c}Our units have pulled back from the village of Yablunivka to stronger lines.\u{201d} Ukraine's Siversk group of forces said this on Telegram.",
        "2026-03-04",
        &[
            "territorial place=Yablunivka type=village region=null country=null action=withdrew verb=pulled back from actor=Ukraine claimant=Ukraine announced=2026-03-04 status=confirmed | speaker=Ukraine's Siversk group of forces actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn an_unnamed_paramilitary_or_guerrilla_speaker_is_the_articles_armed_group() {
    check(
        "territorial",
        "The Rapid Support Forces shelled El Obeid again on Friday. In a statement on Saturday, \
         the paramilitary group said its fighters had seized the town of Um Sumeima in North \
         Kordofan.",
        "2025-11-02",
        &[
            "territorial place=Um Sumeima type=town region=North Kordofan country=Sudan action=captured verb=seized actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-11-01 status=claimed | speaker=the paramilitary group actor=Rapid Support Forces verb=said",
        ],
    );
}

#[test]
fn an_unnamed_state_official_speaks_for_the_state_an_armed_group_fights() {
    // Colombia against the ELN: a Defence Minister or an army spokesman with no country named
    // speaks for Colombia; in a war between two states the same words stay unresolved.
    check(
        "territorial",
        "ELN guerrillas attacked a Colombian army base near Arauca on Friday. The ELN said its \
         fighters had taken the village of Puerto Jordan. Army spokesman Col. Ana Ruiz said \
         troops had retaken the town of Saravena on Saturday.",
        "2025-09-08",
        &[
            "territorial place=Puerto Jordan type=village region=null country=null action=captured verb=taken actor=National Liberation Army claimant=National Liberation Army announced=2025-09-08 status=claimed | speaker=The ELN actor=National Liberation Army verb=said",
            "territorial place=Saravena type=town region=null country=null action=captured verb=retaken actor=Colombia claimant=Colombia announced=2025-09-06 status=claimed | speaker=Army spokesman Col. Ana Ruiz actor=Colombia verb=said",
        ],
    );
    check(
        "territorial",
        "Russia and Ukraine traded drone strikes overnight. Defence Minister Oleh Ivanenko said \
         forces had retaken the village of Kindrativka on Saturday.",
        "2025-09-08",
        &[
            "territorial place=Kindrativka type=village region=null country=null action=captured verb=retaken actor=null claimant=null announced=2025-09-06 status=claimed | speaker=Defence Minister Oleh Ivanenko actor=null verb=said",
        ],
    );
}

#[test]
fn a_discourse_adverb_or_phrase_between_commas_leaves_the_subject_before_it() {
    check(
        "territorial",
        "Russia, meanwhile, said its forces had captured the village of Novoselivka in the Donetsk \
         region. Al-Shabaab, however, claimed that its fighters had overrun the village of Sabiid \
         on Sunday. Kyiv, for its part, said its troops had retaken the village of Stepove.",
        "2025-08-19",
        &[
            "territorial place=Novoselivka type=village region=Donetsk country=Ukraine action=captured verb=captured actor=Russia claimant=Russia announced=2025-08-19 status=claimed | speaker=Russia actor=Russia verb=said",
            "territorial place=Sabiid type=village region=null country=null action=captured verb=overrun actor=al-Shabaab claimant=al-Shabaab announced=2025-08-17 status=claimed | speaker=Al-Shabaab actor=al-Shabaab verb=claimed",
            "territorial place=Stepove type=village region=null country=null action=captured verb=retaken actor=Ukraine claimant=Ukraine announced=2025-08-19 status=claimed | speaker=Kyiv actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn groups_outside_the_old_conflicts_and_their_allies() {
    // Armed groups of other wars are actors by their full name; an ally named beside the subject
    // ("and allied X units") is not the subject; "al-Qaeda-linked" names the link, not the actor.
    check(
        "territorial",
        "The Allied Democratic Forces (ADF) said on Tuesday that its fighters had captured the \
         village of Mayi-Moya in North Kivu province. \
         The Pakistani Taliban said their fighters and allied Lashkar-e-Islam units had overrun \
         the town of Tirah. \
         An al-Qaeda-linked group, JNIM, said on Monday it had seized the town of Diafarabe.",
        "2025-09-10",
        &[
            "territorial place=Mayi-Moya type=village region=North Kivu country=DR Congo action=captured verb=captured actor=Allied Democratic Forces claimant=Allied Democratic Forces announced=2025-09-09 status=claimed | speaker=The Allied Democratic Forces (ADF) actor=Allied Democratic Forces verb=said",
            "territorial place=Tirah type=town region=null country=null action=captured verb=overrun actor=Tehrik-i-Taliban Pakistan claimant=Tehrik-i-Taliban Pakistan announced=2025-09-10 status=claimed | speaker=The Pakistani Taliban actor=Tehrik-i-Taliban Pakistan verb=said",
            "territorial place=Diafarabe type=town region=null country=null action=captured verb=seized actor=Jama'at Nusrat al-Islam wal-Muslimin claimant=Jama'at Nusrat al-Islam wal-Muslimin announced=2025-09-08 status=claimed | speaker=An al-Qaeda-linked group, JNIM actor=Jama'at Nusrat al-Islam wal-Muslimin verb=said",
        ],
    );
}

#[test]
fn region_names_that_open_a_sentence_hold_particles_or_are_not_regions() {
    // "In X province" at the start of a sentence names X; "Norte de Santander" keeps its
    // particle; neither "Islamic State" nor a "Military Region" is a region.
    check(
        "territorial",
        "In South Kivu province, the M23 said on Monday that it had captured Kamanyola. \
         In the Norte de Santander region, the ELN said it had seized the town of Hacari. \
         Islamic State fighters captured Palma in March 2021. \
         The army said units of the Fourth Military Region had recaptured the town of Gadamayu.",
        "2025-09-10",
        &[
            "territorial place=Kamanyola type=null region=South Kivu country=DR Congo action=captured verb=captured actor=M23 claimant=M23 announced=2025-09-08 status=claimed | speaker=the M23 actor=M23 verb=said",
            "territorial place=Hacari type=town region=Norte de Santander country=Colombia action=captured verb=seized actor=National Liberation Army claimant=National Liberation Army announced=2025-09-10 status=claimed | speaker=the ELN actor=National Liberation Army verb=said",
            "territorial place=Palma type=null region=null country=null action=captured verb=captured actor=Islamic State claimant=null announced=2021-03-01..2021-03-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Gadamayu type=town region=null country=null action=captured verb=recaptured actor=null claimant=null announced=2025-09-10 status=claimed | speaker=The army actor=null verb=said",
        ],
    );
}

#[test]
fn names_with_type_words_appositives_and_what_is_no_change_of_hands() {
    // "Gaza City" and "Um Dam Wad Ali" keep their type words; a place described between commas
    // still falls; an amount falls to nothing; a demand, a condition and a lasting siege are
    // no claims.
    check(
        "territorial",
        "The army said its troops had encircled Gaza City on Monday. \
         The RSF said it had captured Um Dam Wad Ali on Tuesday. \
         Gubio, a town in Borno state near the border, fell to Boko Haram fighters on Sunday. \
         Volumes fell to 400 million shares. \
         Hamas demanded that Israel free the remaining prisoners and withdraw from the Netzarim corridor. \
         The group offered to free the hostages in exchange for a full withdrawal from Rafah. \
         Babanusa has been besieged for months.",
        "2025-09-10",
        &[
            "territorial place=Gaza City type=null region=null country=null action=encircled verb=encircled actor=null claimant=null announced=2025-09-08 status=claimed | speaker=The army actor=null verb=said",
            "territorial place=Um Dam Wad Ali type=null region=null country=null action=captured verb=captured actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-09-09 status=claimed | speaker=The RSF actor=Rapid Support Forces verb=said",
            "territorial place=Gubio type=town region=Borno country=Nigeria action=captured verb=fell to actor=Boko Haram claimant=null announced=2025-09-07 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_state_news_agency_speaks_for_its_state() {
    check(
        "territorial",
        "Israeli troops entered the village of Kudna in Quneitra province on Thursday, the state news agency SANA reported.",
        "2025-06-13",
        &[
            "territorial place=Kudna type=village region=Quneitra country=Syria action=entered verb=entered actor=Israel claimant=Syria announced=2025-06-12 status=confirmed | speaker=the state news agency SANA actor=Syria verb=reported",
        ],
    );
}

#[test]
fn an_owned_statement_speaks_for_its_owner() {
    check(
        "territorial",
        "Israeli forces had also occupied Tal Hara, a hill near Nawa, the Syrian foreign ministry's statement said.",
        "2025-06-13",
        &[
            "territorial place=Tal Hara type=other region=null country=null action=captured verb=occupied actor=Israel claimant=Syria announced=2025-06-13 status=confirmed | speaker=the Syrian foreign ministry's statement actor=Syria verb=said",
        ],
    );
}

#[test]
fn government_forces_separatists_and_names_after_a_preposition() {
    // "government forces" are the state an armed group fights; "the separatists" and "the
    // gangs" are the article's armed group; a force named after "backed by the" is a supporter.
    check(
        "territorial",
        "Fighters of the Southern Transitional Council attacked Yemeni army posts in Abyan, and Yemen sent reinforcements. \
         Government forces recaptured the town of Zinjibar on Monday. \
         The separatists seized the port of Shuqra in May. \
         The police said officers backed by the Saudi-led coalition had retaken the town of Lawdar.",
        "2025-09-10",
        &[
            "territorial place=Zinjibar type=town region=null country=null action=captured verb=recaptured actor=Yemen claimant=null announced=2025-09-08 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Shuqra type=other region=null country=null action=captured verb=seized actor=Southern Transitional Council claimant=null announced=2025-05-01..2025-05-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Lawdar type=town region=null country=null action=captured verb=retaken actor=Yemen claimant=Yemen announced=2025-09-10 status=claimed | speaker=The police actor=Yemen verb=said",
        ],
    );
}

#[test]
fn a_region_that_opens_the_sentence_and_a_country_by_its_demonym() {
    check(
        "territorial",
        "In North Darfur, the RSF said on Monday it had captured Mellit. \
         Israeli forces entered the southern Lebanese village of Odaisseh on Tuesday.",
        "2025-09-10",
        &[
            "territorial place=Mellit type=null region=North Darfur country=Sudan action=captured verb=captured actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-09-08 status=claimed | speaker=the RSF actor=Rapid Support Forces verb=said",
            "territorial place=Odaisseh type=village region=null country=Lebanon action=entered verb=entered actor=Israel claimant=null announced=2025-09-09 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn reoccupied_and_a_denied_loss() {
    check(
        "territorial",
        "The Malian army said its units had reoccupied Tessit on Thursday. \
         Somalia's defence ministry denied that Bula Burte had been lost.",
        "2025-09-10",
        &[
            "territorial place=Tessit type=null region=null country=null action=captured verb=reoccupied actor=Mali claimant=Mali announced=2025-09-04 status=claimed | speaker=The Malian army actor=Mali verb=said",
            "territorial place=Bula Burte type=null region=null country=null action=captured verb=lost actor=Mali claimant=Somalia announced=2025-09-10 status=denied | speaker=Somalia's defence ministry actor=Somalia verb=denied",
        ],
    );
}

#[test]
fn described_speakers_long_attackers_and_places_still_held() {
    // A speaker with a bracketed abbreviation and a description after it still speaks; the
    // attackers of a repelled attack may be named at length; "were still holding" a place.
    check(
        "territorial",
        "The Rapid Support Forces (RSF), a paramilitary group, said on Sunday that its fighters had taken control of the town of Bara. \
         The army said it had repelled an attack by Islamic State Sahel Province fighters on the town of Ayorou. \
         Kyiv said its troops were still holding the village of Stupky.",
        "2025-09-16",
        &[
            "territorial place=Bara type=town region=null country=null action=captured verb=taken control of actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-09-14 status=claimed | speaker=The Rapid Support Forces (RSF) actor=Rapid Support Forces verb=said",
            "territorial place=Ayorou type=town region=null country=null action=held verb=repelled an attack by Islamic State Sahel Province fighters on actor=null claimant=null announced=2025-09-16 status=claimed | speaker=The army actor=null verb=said",
            "territorial place=Stupky type=village region=null country=null action=held verb=still holding actor=Ukraine claimant=Ukraine announced=2025-09-16 status=claimed | speaker=Kyiv actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn unnamed_institutions_of_the_country_an_article_of_armed_groups_is_set_in() {
    // Two armed groups and no state named: "The army said" is the army of the country whose
    // regions the article names (Colombia: Cauca, Narino).
    check(
        "territorial",
        "ELN fighters clashed with FARC dissidents in Cauca on Friday. The FARC dissidents later withdrew towards Narino. The army said its troops had regained control of El Plateado, a village in Cauca.",
        "2026-04-21",
        &[
            "territorial place=El Plateado type=village region=Cauca country=Colombia action=captured verb=regained control of actor=Colombia claimant=Colombia announced=2026-04-21 status=claimed | speaker=The army actor=Colombia verb=said",
        ],
    );
}

#[test]
fn groups_an_article_defines_are_actors_by_their_full_name() {
    // An unknown group by its full name and abbreviation, and an abbreviation the lexicon knows
    // as another group's (ADF: the Allied Democratic Forces in Congo).
    check(
        "territorial",
        "The Zamfara Defence Front (ZDF) said on Monday its fighters had captured the village of Dansadau. \
         Separatists of the Ambazonia Defence Forces (ADF) stormed Bafut last week. \
         The ADF said on Tuesday it had taken control of the village of Bambui.",
        "2026-02-11",
        &[
            "territorial place=Dansadau type=village region=null country=null action=captured verb=captured actor=Zamfara Defence Front claimant=Zamfara Defence Front announced=2026-02-09 status=claimed | speaker=The Zamfara Defence Front (ZDF) actor=Zamfara Defence Front verb=said",
            "territorial place=Bafut type=null region=null country=null action=entered verb=stormed actor=Ambazonia Defence Forces claimant=null announced=2026-02-02..2026-02-08 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Bambui type=village region=null country=null action=captured verb=taken control of actor=Ambazonia Defence Forces claimant=Ambazonia Defence Forces announced=2026-02-10 status=claimed | speaker=The ADF actor=Ambazonia Defence Forces verb=said",
        ],
    );
}

#[test]
fn a_known_group_named_in_full_in_english_is_named_so() {
    // The lexicon names JNIM by its Arabic name; an article that spells out the English one
    // names the group by it, and an article that does not keeps the lexicon's.
    check(
        "territorial",
        "Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) seized the town of Lere on Tuesday. \
         JNIM said on Wednesday it had taken control of Niono.",
        "2026-07-22",
        &[
            "territorial place=Lere type=town region=null country=null action=captured verb=seized actor=Group for the Support of Islam and Muslims claimant=null announced=2026-07-21 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Niono type=null region=null country=null action=captured verb=taken control of actor=Group for the Support of Islam and Muslims claimant=Group for the Support of Islam and Muslims announced=2026-07-22 status=claimed | speaker=JNIM actor=Group for the Support of Islam and Muslims verb=said",
        ],
    );
    check(
        "territorial",
        "JNIM said on Wednesday it had taken control of Niono.",
        "2026-07-22",
        &[
            "territorial place=Niono type=null region=null country=null action=captured verb=taken control of actor=Jama'at Nusrat al-Islam wal-Muslimin claimant=Jama'at Nusrat al-Islam wal-Muslimin announced=2026-07-22 status=claimed | speaker=JNIM actor=Jama'at Nusrat al-Islam wal-Muslimin verb=said",
        ],
    );
}

#[test]
fn forces_of_a_junta_or_of_security_are_the_states() {
    check(
        "territorial",
        "The TNLA fought Myanmar's army in Shan State, the TNLA said. Myanmar's junta denied it. Junta troops recaptured the town of Kyaukme on Saturday. Islamic State fighters captured the village of Mbau.",
        "2026-02-09",
        &[
            "territorial place=Kyaukme type=town region=null country=null action=captured verb=recaptured actor=Myanmar claimant=null announced=2026-02-07 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Mbau type=village region=null country=null action=captured verb=captured actor=Islamic State claimant=null announced=2026-02-09 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_army_of_an_article_of_armed_groups_is_the_country_of_its_one_region() {
    // Colombia is not named: the one region the article names is Colombian.
    check(
        "territorial",
        "ELN fighters attacked FARC dissidents near Tibu in Norte de Santander department on Friday, the ELN said. Troops regained control of the town of Tibu on Monday, the Army's Second Division reported.",
        "2026-03-25",
        &[
            "territorial place=Tibu type=town region=null country=null action=captured verb=regained control of actor=Colombia claimant=Colombia announced=2026-03-23 status=claimed | speaker=the Army's Second Division actor=Colombia verb=reported",
        ],
    );
}

#[test]
fn control_of_the_situation_is_no_place() {
    check(
        "territorial",
        "Rangers regained control of the situation in Rueso district of Narathiwat, police said. Al-Shabaab fighters overran a military base in the village of Sabiid.",
        "2026-06-30",
        &[
            "territorial place=Sabiid type=village region=null country=null action=captured verb=overran actor=al-Shabaab claimant=null announced=2026-06-30 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn departments_are_regions() {
    check(
        "territorial",
        "Gangs took control of the commune of Lascahobas, in Haiti's Centre department, on Monday. The army said it had regained control of El Plateado, a village in the south-western department of Cauca.",
        "2026-02-25",
        &[
            "territorial place=Lascahobas type=other region=Centre country=Haiti action=captured verb=took control of actor=null claimant=null announced=2026-02-23 status=claimed | speaker=null actor=null verb=null",
            "territorial place=El Plateado type=village region=Cauca country=Colombia action=captured verb=regained control of actor=null claimant=null announced=2026-02-25 status=claimed | speaker=The army actor=null verb=said",
        ],
    );
}

#[test]
fn local_units_are_places_of_another_type() {
    check(
        "territorial",
        "JNIM fighters took control of the commune of Djibasso on Monday. The Arakan Army said it had captured Kyaukphyu, a township in Rakhine State. The Philippine Army said its troops had retaken Barangay Tuayan.",
        "2026-03-18",
        &[
            "territorial place=Djibasso type=other region=null country=null action=captured verb=took control of actor=Jama'at Nusrat al-Islam wal-Muslimin claimant=null announced=2026-03-16 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Kyaukphyu type=other region=Rakhine country=Myanmar action=captured verb=captured actor=Arakan Army claimant=Arakan Army announced=2026-03-18 status=claimed | speaker=The Arakan Army actor=Arakan Army verb=said",
            "territorial place=Tuayan type=other region=null country=null action=captured verb=retaken actor=Philippines claimant=Philippines announced=2026-03-18 status=claimed | speaker=The Philippine Army actor=Philippines verb=said",
        ],
    );
}

#[test]
fn unnamed_officials_of_a_country_the_sentence_opens_with_or_of_the_states_army() {
    // "In neighbouring Niger, the army said": Niger, whatever army the article names most;
    // "Army spokesman X said" in Sudan: the Sudanese Armed Forces, whose denial makes the RSF
    // the side said to have taken the town.
    check(
        "territorial",
        "The RSF attacked Sudan's positions again, the RSF said. French troops left the region in 2022. \
         In neighbouring Niger, the army said it had repelled an attack on the town of Ayorou. \
         Army spokesman Brig. Gen. Nabil Abdallah said the claims that Kadugli had fallen were untrue.",
        "2025-09-16",
        &[
            "territorial place=Ayorou type=town region=null country=Niger action=held verb=repelled an attack on actor=Niger claimant=Niger announced=2025-09-16 status=claimed | speaker=the army actor=Niger verb=said",
            "territorial place=Kadugli type=null region=null country=null action=captured verb=fallen actor=Rapid Support Forces claimant=Sudanese Armed Forces announced=2025-09-16 status=denied | speaker=Army spokesman Brig. Gen. Nabil Abdallah actor=Sudanese Armed Forces verb=said",
        ],
    );
}

#[test]
fn agents_that_are_an_army_or_the_speakers_troops_and_fighters_of_a_group() {
    check(
        "territorial",
        "The RSF attacked Sudan's positions again, the RSF said. \
         Bara had been retaken by the army in September. \
         The Nigerian army said that Marte was retaken by troops of Operation Hadin Kai on Wednesday. \
         Fighters of the Islamic State group pushed into the town of Palma on Saturday.",
        "2025-09-16",
        &[
            "territorial place=Bara type=null region=null country=null action=captured verb=retaken actor=Sudanese Armed Forces claimant=null announced=2025-09-01..2025-09-30 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Marte type=null region=null country=null action=captured verb=retaken actor=Nigeria claimant=Nigeria announced=2025-09-10 status=claimed | speaker=The Nigerian army actor=Nigeria verb=said",
            "territorial place=Palma type=town region=null country=null action=entered verb=pushed into actor=Islamic State claimant=null announced=2025-09-13 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn names_before_a_type_word_parts_and_directions() {
    check(
        "territorial",
        "Government forces seized the Christian-majority Suqaylabiyah district of Hama on Friday. \
         The army said its troops had pulled back from part of the Philadelphi corridor. \
         Israel has set up a buffer zone in southern Lebanon's Nabatieh governorate, the army said. \
         The police said they would keep raiding the camps until the gangs withdrew from Cite Soleil. \
         Settlers attacked a village in the occupied West Bank on Friday. \
         Rebels took the Alawite-majority province of Latakia, residents said.",
        "2025-03-08",
        &[
            "territorial place=Suqaylabiyah type=district region=Hama country=Syria action=captured verb=seized actor=null claimant=null announced=2025-03-07 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Philadelphi type=other region=null country=null action=withdrew verb=pulled back from actor=null claimant=null announced=2025-03-08 status=claimed | speaker=The army actor=null verb=said",
            "territorial place=Nabatieh type=region region=Nabatieh country=Lebanon action=buffer_zone verb=set actor=Israel claimant=Israel announced=2025-03-08 status=claimed | speaker=The army actor=Israel verb=said",
            "territorial place=Latakia type=region region=Latakia country=Syria action=captured verb=took actor=null claimant=null announced=2025-03-08 status=claimed | speaker=residents actor=null verb=said",
        ],
    );
}

#[test]
fn an_appositive_nationality_and_a_verb_of_acknowledging() {
    check(
        "territorial",
        "According to Rybar, a Russian military blog with ties to the defence ministry, Ukrainian troops have entered Tetkino. \
         A local official acknowledged that the rebels had entered Kalehe.",
        "2025-06-04",
        &[
            "territorial place=Tetkino type=null region=null country=null action=entered verb=entered actor=Ukraine claimant=Russia announced=2025-06-04 status=confirmed | speaker=Rybar actor=Russia verb=according to",
            "territorial place=Kalehe type=null region=null country=null action=entered verb=entered actor=null claimant=null announced=2025-06-04 status=confirmed | speaker=A local official actor=null verb=acknowledged",
        ],
    );
}

#[test]
fn a_claim_rejected_in_the_same_sentence_is_disputed() {
    check(
        "territorial",
        "The RSF said its fighters had taken Babanusa - a claim the army dismissed as propaganda.",
        "2025-06-04",
        &[
            "territorial place=Babanusa type=null region=null country=null action=captured verb=taken actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-06-04 status=disputed | speaker=The RSF actor=Rapid Support Forces verb=said",
        ],
    );
}

#[test]
fn an_armed_group_by_its_noun_takes_a_place() {
    check(
        "territorial",
        "A police spokesman denied that the gangs had taken Mirebalais.",
        "2025-06-04",
        &[
            "territorial place=Mirebalais type=null region=null country=null action=captured verb=taken actor=null claimant=null announced=2025-06-04 status=denied | speaker=A police spokesman actor=null verb=denied",
        ],
    );
}

#[test]
fn personnel_of_the_speakers_side_land_on_a_place() {
    check(
        "territorial",
        "Vietnam's navy said its personnel had landed on Pigeon Reef on Friday.",
        "2025-06-04",
        &[
            "territorial place=Pigeon Reef type=null region=null country=null action=entered verb=landed on actor=Vietnam claimant=Vietnam announced=2025-05-30 status=claimed | speaker=Vietnam's navy actor=Vietnam verb=said",
        ],
    );
}

#[test]
fn places_listed_after_a_counted_plural() {
    check(
        "territorial",
        "Rebels took control of three villages, among them Kibati and Kanyaruchinya, on Sunday. \
         Government troops still hold four hilltops, including the Tanda hill near the town of Sake.",
        "2025-06-04",
        &[
            "territorial place=Kibati type=village region=null country=null action=captured verb=took control of actor=null claimant=null announced=2025-06-01 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Kanyaruchinya type=village region=null country=null action=captured verb=took control of actor=null claimant=null announced=2025-06-01 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Tanda type=other region=null country=null action=held verb=still hold actor=null claimant=null announced=2025-06-04 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_regions_possessive_after_the_place_and_a_countrys_before_a_district() {
    check(
        "territorial",
        "The rebels captured Bunia, Ituri's capital, on Friday. \
         Israeli troops entered the village of Kfarchouba in southern Lebanon's Hasbaya district.",
        "2025-06-04",
        &[
            "territorial place=Bunia type=null region=Ituri country=DR Congo action=captured verb=captured actor=null claimant=null announced=2025-05-30 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Kfarchouba type=village region=null country=Lebanon action=entered verb=entered actor=Israel claimant=null announced=2025-06-04 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_appositive_set_before_the_war_a_plans_terms_and_a_country_of_two_words() {
    check(
        "territorial",
        "Orikhiv, a town of about 14,000 people before the invasion, fell to Russian troops in October.",
        "2025-11-20",
        &[
            "territorial place=Orikhiv type=town region=null country=null action=captured verb=fell to actor=Russia claimant=null announced=2025-10-01..2025-10-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
    check(
        "territorial",
        "The envoy said the second phase, which is meant to include an Israeli withdrawal from Rafah, would start soon.",
        "2025-11-20",
        &[],
    );
    check(
        "territorial",
        "The group said its fighters had overrun Kantchari, a town in Burkina Faso's East region.",
        "2025-11-20",
        &[
            "territorial place=Kantchari type=town region=East country=Burkina Faso action=captured verb=overrun actor=null claimant=null announced=2025-11-20 status=claimed | speaker=The group actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "Oleh Pavliuk, a spokesman for Ukraine's Eastern Defence Forces, denied that Russian troops had entered Ivanopillia.",
        "2025-11-20",
        &[
            "territorial place=Ivanopillia type=null region=null country=null action=entered verb=entered actor=Russia claimant=Ukraine announced=2025-11-20 status=denied | speaker=Oleh Pavliuk actor=Ukraine verb=denied",
        ],
    );
}

#[test]
fn repelled_attempts_to_enter_numbered_hills_and_positions_in_a_district() {
    check(
        "territorial",
        "Border police said they had repelled an attempt to enter Ban Nong Ya, a village near the frontier, on Sunday.",
        "2025-07-28",
        &[
            "territorial place=Ban Nong Ya type=village region=null country=null action=held verb=repelled an attempt to enter actor=null claimant=null announced=2025-07-27 status=claimed | speaker=Border police actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "The army said it had repelled a joint assault by the RSF and the Sudan Liberation Movement (SLM) on Tawila overnight.",
        "2025-07-28",
        &[
            "territorial place=Tawila type=null region=null country=null action=held verb=repelled a joint assault by the RSF and the Sudan Liberation Movement (SLM) on actor=null claimant=null announced=2025-07-28 status=claimed | speaker=The army actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "The ministry said its troops had taken control of Hill 412 after a week of fighting.",
        "2025-07-28",
        &[
            "territorial place=Hill 412 type=null region=null country=null action=captured verb=taken control of actor=null claimant=null announced=2025-07-28 status=claimed | speaker=The ministry actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "The militia said its fighters had pulled back from positions in the Abu Salim district.",
        "2025-07-28",
        &[
            "territorial place=Abu Salim type=district region=null country=null action=withdrew verb=pulled back from positions in actor=null claimant=null announced=2025-07-28 status=claimed | speaker=The militia actor=null verb=said",
        ],
    );
}

#[test]
fn a_speaker_known_by_another_name_and_a_pronoun_after_the_verb() {
    check(
        "territorial",
        "Sudan's paramilitary, also known as the RSF, said on Monday it had captured Babanusa.",
        "2025-12-23",
        &[
            "territorial place=Babanusa type=null region=null country=null action=captured verb=captured actor=Rapid Support Forces claimant=Rapid Support Forces announced=2025-12-22 status=claimed | speaker=Sudan's paramilitary actor=Rapid Support Forces verb=said",
        ],
    );
    check(
        "territorial",
        "In the north, the army, known as the Malian Armed Forces (FAMa), said on Friday it had retaken Lerneb.",
        "2025-12-23",
        &[
            "territorial place=Lerneb type=null region=null country=null action=captured verb=retaken actor=Mali claimant=Mali announced=2025-12-19 status=claimed | speaker=the army actor=Mali verb=said",
        ],
    );
}

#[test]
fn a_quoted_zone_of_some_depth_in_two_regions() {
    check(
        "territorial",
        "The general claimed that his troops had set up a \"security zone\" about 10 kilometres deep in Ukraine's Chernihiv and Sumy regions.",
        "2026-01-20",
        &[
            "territorial place=Chernihiv type=region region=Chernihiv country=Ukraine action=buffer_zone verb=set actor=null claimant=null announced=2026-01-20 status=claimed | speaker=The general actor=null verb=claimed",
            "territorial place=Sumy type=region region=Sumy country=Ukraine action=buffer_zone verb=set actor=null claimant=null announced=2026-01-20 status=claimed | speaker=The general actor=null verb=claimed",
        ],
    );
}

#[test]
fn hyphenated_re_verbs_and_a_quoted_redeployment() {
    check(
        "territorial",
        "Government troops re-entered Kalehe on Saturday, residents said. \
         A military source said troops had \"redeployed\" from Boni to the regional capital.",
        "2026-01-12",
        &[
            "territorial place=Kalehe type=null region=null country=null action=entered verb=re-entered actor=null claimant=null announced=2026-01-10 status=claimed | speaker=residents actor=null verb=said",
            "territorial place=Boni type=null region=null country=null action=withdrew verb=redeployed from actor=null claimant=null announced=2026-01-12 status=claimed | speaker=A military source actor=null verb=said",
        ],
    );
}

#[test]
fn a_persons_fall_and_the_second_verb_of_an_infinitive_are_no_claims() {
    check(
        "territorial",
        "Israeli forces moved in within hours of the fall of Bashar al-Assad, officials said. \
         Analysts say the group lacks the men to seize and hold Niamey.",
        "2026-02-06",
        &[],
    );
}

#[test]
fn a_capital_named_after_a_comma_an_outpost_at_nested_of_phrases_and_listed_districts() {
    check(
        "territorial",
        "The fighting began when the rebels seized the capital, Juba, in 2013. \
         The group said it had captured the army's forward outpost at Nam Hsan, a ridge above the town.",
        "2026-02-06",
        &[
            "territorial place=Juba type=null region=null country=null action=captured verb=seized actor=null claimant=null announced=2013-01-01..2013-12-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Nam Hsan type=other region=null country=null action=captured verb=captured actor=null claimant=null announced=2026-02-06 status=claimed | speaker=The group actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "The army said an Israeli force had entered the outskirts of the southern Lebanese village of Kfar Kila. \
         Government units took full control of the Bani Zaid and Halak districts of Aleppo on Saturday.",
        "2026-02-06",
        &[
            "territorial place=Kfar Kila type=village region=null country=Lebanon action=entered verb=entered actor=Israel claimant=Israel announced=2026-02-06 status=claimed | speaker=The army actor=Israel verb=said",
            "territorial place=Bani Zaid type=district region=null country=null action=captured verb=took full control of actor=null claimant=null announced=2026-01-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Halak type=district region=null country=null action=captured verb=took full control of actor=null claimant=null announced=2026-01-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn still_controlled_a_typed_item_of_a_list_and_a_name_after_its() {
    check(
        "territorial",
        "The group said it still controlled Namtu and Kutkai. \
         The ministry said its forces had liberated Yampil and the neighbouring village of Zakitne. \
         Moscow said it had regained full control of its Belgorod Oblast.",
        "2025-11-20",
        &[
            "territorial place=Namtu type=null region=null country=null action=held verb=still controlled actor=null claimant=null announced=2025-11-20 status=claimed | speaker=The group actor=null verb=said",
            "territorial place=Kutkai type=null region=null country=null action=held verb=still controlled actor=null claimant=null announced=2025-11-20 status=claimed | speaker=The group actor=null verb=said",
            "territorial place=Yampil type=null region=null country=null action=captured verb=liberated actor=null claimant=null announced=2025-11-20 status=claimed | speaker=The ministry actor=null verb=said",
            "territorial place=Zakitne type=village region=null country=null action=captured verb=liberated actor=null claimant=null announced=2025-11-20 status=claimed | speaker=The ministry actor=null verb=said",
            "territorial place=Belgorod type=region region=Belgorod country=Russia action=captured verb=regained full control of actor=Russia claimant=Russia announced=2025-11-20 status=claimed | speaker=Moscow actor=Russia verb=said",
        ],
    );
}

#[test]
fn a_quoted_participle_after_the_auxiliaries() {
    check(
        "territorial",
        "The general told the president that the town of Kurakhove had been \"fully liberated\".",
        "2025-12-18",
        &[
            "territorial place=Kurakhove type=null region=null country=null action=captured verb=liberated actor=null claimant=null announced=2025-12-18 status=claimed | speaker=The general actor=null verb=told",
        ],
    );
}

#[test]
fn the_date_of_the_claims_own_clause_a_year_in_the_reporters_voice_and_a_date_in_a_name() {
    check(
        "territorial",
        "The conflict began in 2012, when the rebels seized Kidal and forced the army out. \
         The rebels of the March 23 Movement took control of Rubaya on Thursday, residents said. \
         The brigade, which arrived in the region in June, pulled its troops out of Ber on Tuesday, two sources said.",
        "2025-11-14",
        &[
            "territorial place=Kidal type=null region=null country=null action=captured verb=seized actor=M23 claimant=null announced=2012-01-01..2012-12-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Rubaya type=null region=null country=null action=captured verb=took control of actor=M23 claimant=null announced=2025-11-13 status=claimed | speaker=residents actor=null verb=said",
            "territorial place=Ber type=null region=null country=null action=withdrew verb=pulled its troops out of actor=null claimant=null announced=2025-11-11 status=claimed | speaker=two sources actor=null verb=said",
        ],
    );
}

#[test]
fn a_neighbourhood_of_a_city_and_a_state_after_a_comma() {
    check(
        "territorial",
        "Israeli troops withdrew from the Sheikh al-Radwan neighborhood of Gaza City on Friday, residents said.",
        "2025-12-04",
        &[
            "territorial place=Sheikh al-Radwan type=district region=null country=null action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-11-28 status=claimed | speaker=residents actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "Troops captured Gwoza, Borno State, on Saturday, the army said.",
        "2025-12-04",
        &[
            "territorial place=Gwoza type=null region=Borno country=Nigeria action=captured verb=captured actor=null claimant=null announced=2025-11-29 status=claimed | speaker=the army actor=null verb=said",
        ],
    );
}

#[test]
fn regained_full_control_and_a_persons_hyphenated_surname() {
    check(
        "territorial",
        "It regained full control of Karabakh in September 2023 after a one-day operation. \
         Troops moved in within hours of the fall of Bashar al-Assad.",
        "2025-12-04",
        &[
            "territorial place=Karabakh type=null region=null country=null action=captured verb=regained full control of actor=null claimant=null announced=2023-09-01..2023-09-30 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_security_zone_that_continued_to_expand() {
    check(
        "territorial",
        "\"Units of the Northern group continued to expand the security zone in the Sumy and Chernihiv regions,\" the ministry said.",
        "2026-01-27",
        &[
            "territorial place=Sumy type=region region=Sumy country=Ukraine action=buffer_zone verb=security zone in actor=null claimant=null announced=2026-01-27 status=claimed | speaker=the ministry actor=null verb=said",
            "territorial place=Chernihiv type=region region=Chernihiv country=Ukraine action=buffer_zone verb=security zone in actor=null claimant=null announced=2026-01-27 status=claimed | speaker=the ministry actor=null verb=said",
        ],
    );
}

#[test]
fn a_camp_in_a_town_a_direction_before_a_name_and_from_again_in_a_list() {
    check(
        "territorial",
        "The group said on Monday it had seized a military camp in Diafarabe, a town in Mali's Segou region.",
        "2026-06-02",
        &[
            "territorial place=Diafarabe type=town region=Segou country=Mali action=captured verb=seized actor=null claimant=null announced=2026-06-01 status=claimed | speaker=The group actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "A spokesman confirmed that the group's fighters had withdrawn from central Hasakah and from the town of Tal Tamr.",
        "2026-06-02",
        &[
            "territorial place=Hasakah type=null region=null country=null action=withdrew verb=withdrawn from actor=null claimant=null announced=2026-06-02 status=confirmed | speaker=A spokesman actor=null verb=confirmed",
            "territorial place=Tal Tamr type=town region=null country=null action=withdrew verb=withdrawn from actor=null claimant=null announced=2026-06-02 status=confirmed | speaker=A spokesman actor=null verb=confirmed",
        ],
    );
    check(
        "territorial",
        "Moscow rejected the proposal, insisting that Ukraine first withdraw from the parts of the Donetsk region it still controls. \
         The army said it had withdrawn from the Nur Shams refugee camp near Tulkarem.",
        "2026-06-02",
        &[
            "territorial place=Nur Shams type=other region=null country=null action=withdrew verb=withdrawn from actor=null claimant=null announced=2026-06-02 status=claimed | speaker=The army actor=null verb=said",
        ],
    );
}

#[test]
fn troops_that_fully_control_a_town() {
    check(
        "territorial",
        "A spokesman told TASS that Russian troops fully control Siversk and are clearing pockets of resistance.",
        "2026-05-26",
        &[
            "territorial place=Siversk type=null region=null country=null action=captured verb=fully control actor=Russia claimant=Russia announced=2026-05-26 status=claimed | speaker=A spokesman actor=Russia verb=told",
        ],
    );
}

#[test]
fn a_region_or_a_country_that_opens_the_sentence() {
    check(
        "territorial",
        "Further south, in the province of Daraa, the group said its fighters had repelled an attack on the village of Nawa. \
         In the Sumy Region, Battlegroup North units liberated Yunakivka, the ministry reported. \
         In neighbouring Burkina Faso, the army said it had retaken Djibo.",
        "2026-06-02",
        &[
            "territorial place=Nawa type=village region=Daraa country=Syria action=held verb=repelled an attack on actor=null claimant=null announced=2026-06-02 status=claimed | speaker=the group actor=null verb=said",
            "territorial place=Yunakivka type=null region=Sumy country=Ukraine action=captured verb=liberated actor=Russia claimant=null announced=2026-06-02 status=claimed | speaker=the ministry actor=null verb=reported",
            "territorial place=Djibo type=null region=null country=Burkina Faso action=captured verb=retaken actor=Burkina Faso claimant=Burkina Faso announced=2026-06-02 status=claimed | speaker=the army actor=Burkina Faso verb=said",
        ],
    );
}

#[test]
fn a_destination_and_a_neighbour_across_a_border_are_no_region() {
    check(
        "territorial",
        "The group confirmed that its fighters had left Tabqa and had redeployed to Hasakah province. \
         In the Sumy Region, Russian units liberated Andriivka, a village on the border with Russia's Kursk Region, the ministry reported.",
        "2026-05-26",
        &[
            "territorial place=Tabqa type=null region=null country=null action=withdrew verb=left actor=null claimant=null announced=2026-05-26 status=confirmed | speaker=The group actor=null verb=confirmed",
            "territorial place=Andriivka type=village region=Sumy country=Ukraine action=captured verb=liberated actor=Russia claimant=null announced=2026-05-26 status=claimed | speaker=the ministry actor=null verb=reported",
        ],
    );
}

#[test]
fn the_opening_country_over_an_earlier_army_and_a_verb_of_saying_in_a_relative_clause() {
    check(
        "territorial",
        "The Malian army said it had retaken Boni on Friday.\n\nIn neighbouring Burkina Faso, the army said on Sunday it had retaken control of Titao.",
        "2026-06-02",
        &[
            "territorial place=Boni type=null region=null country=null action=captured verb=retaken actor=Mali claimant=Mali announced=2026-05-29 status=claimed | speaker=The Malian army actor=Mali verb=said",
            "territorial place=Titao type=null region=null country=Burkina Faso action=captured verb=retaken control of actor=Burkina Faso claimant=Burkina Faso announced=2026-05-31 status=claimed | speaker=the army actor=Burkina Faso verb=said",
        ],
    );
    check(
        "territorial",
        "The rebels, who Kinshasa and UN experts say are backed by Rwanda, seized Walikale in March.",
        "2026-06-02",
        &[
            "territorial place=Walikale type=null region=null country=null action=captured verb=seized actor=null claimant=null announced=2026-03-01..2026-03-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_hyphenated_verb_of_saying_reports_nothing() {
    check(
        "territorial",
        "Government forces took Raqqa in 2017, ending years of rule in the city that had served as the capital of the group's self-declared caliphate.",
        "2026-06-02",
        &[
            "territorial place=Raqqa type=null region=null country=null action=captured verb=took actor=null claimant=null announced=2017-01-01..2017-12-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_withdrawal_in_scare_quotes() {
    check(
        "territorial",
        "Mali's army said in a statement that it had carried out a \"tactical withdrawal\" from Tessit to strengthen its positions around Gao.",
        "2026-07-22",
        &[
            "territorial place=Tessit type=null region=null country=null action=withdrew verb=withdrawal from actor=Mali claimant=Mali announced=2026-07-22 status=confirmed | speaker=Mali's army actor=Mali verb=said",
        ],
    );
}

#[test]
fn places_after_a_region_phrase_and_in_ground_told_at_length() {
    check(
        "territorial",
        "Russia's Defence Ministry said on Monday its troops had taken the village of Novoserhiivka in Ukraine's Donetsk region and Tykhe, a settlement in the neighbouring Dnipropetrovsk region.",
        "2025-10-07",
        &[
            "territorial place=Novoserhiivka type=village region=Donetsk country=Ukraine action=captured verb=taken actor=Russia claimant=Russia announced=2025-10-06 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
            "territorial place=Tykhe type=settlement region=Dnipropetrovsk country=Ukraine action=captured verb=taken actor=Russia claimant=Russia announced=2025-10-06 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
        ],
    );
    check(
        "territorial",
        "The Russian commander claimed that his forces had retaken 70% of the land lost in the Belgorod region since last spring, including the village of Demidovka.",
        "2025-10-07",
        &[
            "territorial place=Demidovka type=village region=Belgorod country=Russia action=captured verb=retaken actor=Russia claimant=Russia announced=2025-10-07 status=claimed | speaker=The Russian commander actor=Russia verb=claimed",
        ],
    );
}

#[test]
fn a_zone_several_kilometres_deep_and_control_resumed() {
    check(
        "territorial",
        "The president said last month that the army had set up a buffer zone several kilometres deep in the Sumy and Chernihiv regions.",
        "2025-10-07",
        &[
            "territorial place=Sumy type=region region=Sumy country=Ukraine action=buffer_zone verb=set actor=null claimant=null announced=2025-09-01..2025-09-30 status=claimed | speaker=The president actor=null verb=said",
            "territorial place=Chernihiv type=region region=Chernihiv country=Ukraine action=buffer_zone verb=set actor=null claimant=null announced=2025-09-01..2025-09-30 status=claimed | speaker=The president actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "Myanmar's military said on Thursday it had resumed control of the town of Nawnghkio.",
        "2025-07-17",
        &[
            "territorial place=Nawnghkio type=town region=null country=null action=captured verb=resumed control of actor=Myanmar claimant=Myanmar announced=2025-07-17 status=claimed | speaker=Myanmar's military actor=Myanmar verb=said",
        ],
    );
}

#[test]
fn a_typed_place_after_a_region_phrase_and_all_of_a_town() {
    check(
        "territorial",
        "Russian units took control of the settlements of Malynivka and Uspenivka in the Zaporozhye region and of the settlement of Ternove in the Dnepropetrovsk region, the ministry said.",
        "2026-08-09",
        &[
            "territorial place=Malynivka type=settlement region=Zaporozhye country=Ukraine action=captured verb=took control of actor=Russia claimant=null announced=2026-08-09 status=claimed | speaker=the ministry actor=null verb=said",
            "territorial place=Uspenivka type=settlement region=Zaporozhye country=Ukraine action=captured verb=took control of actor=Russia claimant=null announced=2026-08-09 status=claimed | speaker=the ministry actor=null verb=said",
            "territorial place=Ternove type=settlement region=Dnepropetrovsk country=Ukraine action=captured verb=took control of actor=Russia claimant=null announced=2026-08-09 status=claimed | speaker=the ministry actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "Moscow said its units now control all of Kupiansk.",
        "2026-08-09",
        &[
            "territorial place=Kupiansk type=null region=null country=null action=captured verb=now control actor=Russia claimant=Russia announced=2026-08-09 status=claimed | speaker=Moscow actor=Russia verb=said",
        ],
    );
}

#[test]
fn a_features_word_ends_its_name() {
    check(
        "territorial",
        "China seized Mischief Reef in 1995 after a standoff with Philippine vessels. Ukrainian troops recaptured Zmiinyi Island in June 2022.",
        "2026-07-02",
        &[
            "territorial place=Mischief Reef type=null region=null country=null action=captured verb=seized actor=China claimant=null announced=1995-01-01..1995-12-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Zmiinyi Island type=null region=null country=null action=captured verb=recaptured actor=Ukraine claimant=null announced=2022-06-01..2022-06-30 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn police_who_abandon_a_town_and_a_line_that_falls_quiet() {
    check(
        "territorial",
        "The police spokesman denied that officers had abandoned Saut-d'Eau. The frontier that divides the two districts has fallen largely quiet.",
        "2025-04-01",
        &[
            "territorial place=Saut-d'Eau type=null region=null country=null action=withdrew verb=abandoned actor=null claimant=null announced=2025-04-01 status=denied | speaker=The police spokesman actor=null verb=denied",
        ],
    );
}

#[test]
fn phrases_in_scare_quotes_are_read_without_them() {
    check(
        "territorial",
        "Cambodian troops \u{201c}remain in full control\u{201d} of the Ta Krabey temple, the ministry said.",
        "2026-07-22",
        &[
            "territorial place=Ta Krabey type=other region=null country=null action=held verb=remain in full control of actor=Cambodia claimant=null announced=2026-07-22 status=claimed | speaker=the ministry actor=null verb=said",
        ],
    );
    check(
        "territorial",
        "Myanmar's junta admitted that troops had \"temporarily relocated\" from Bhamo.",
        "2026-07-22",
        &[
            "territorial place=Bhamo type=null region=null country=null action=withdrew verb=relocated from actor=Myanmar claimant=Myanmar announced=2026-07-22 status=confirmed | speaker=Myanmar's junta actor=Myanmar verb=admitted",
        ],
    );
    check(
        "territorial",
        "The Arakan Army said its fighters had beaten back a junta counter-attack on the town of Ann.",
        "2026-07-22",
        &[
            "territorial place=Ann type=town region=null country=null action=held verb=beaten back a junta counter-attack on actor=Arakan Army claimant=Arakan Army announced=2026-07-22 status=claimed | speaker=The Arakan Army actor=Arakan Army verb=said",
        ],
    );
}

#[test]
fn a_town_reconquered_and_fighters_driven_out() {
    check(
        "territorial",
        "Burkina Faso's army said on Wednesday that its troops had \"reconquered\" Diapaga.",
        "2026-05-14",
        &[
            "territorial place=Diapaga type=null region=null country=null action=captured verb=reconquered actor=Burkina Faso claimant=Burkina Faso announced=2026-05-13 status=claimed | speaker=Burkina Faso's army actor=Burkina Faso verb=said",
        ],
    );
    check(
        "territorial",
        "The separatists denied that their fighters had been driven out of Tobin.",
        "2026-05-14",
        &[
            "territorial place=Tobin type=null region=null country=null action=withdrew verb=been driven out of actor=null claimant=null announced=2026-05-14 status=denied | speaker=The separatists actor=null verb=denied",
        ],
    );
}

#[test]
fn allied_troops_of_another_group_are_not_the_subject() {
    check(
        "territorial",
        "The RSF said on Sunday that its fighters and allied troops of the Sudan People's Liberation Movement-North (SPLM-N) had captured Kurgul.",
        "2026-02-17",
        &[
            "territorial place=Kurgul type=null region=null country=null action=captured verb=captured actor=Rapid Support Forces claimant=Rapid Support Forces announced=2026-02-15 status=claimed | speaker=The RSF actor=Rapid Support Forces verb=said",
        ],
    );
}

#[test]
fn neighbourhoods_named_together() {
    check(
        "territorial",
        "The SDF said it had withdrawn its remaining fighters from the neighborhoods of Sheikh Maqsoud and Ashrafieh in the city of Aleppo.",
        "2025-12-11",
        &[
            "territorial place=Sheikh Maqsoud type=district region=null country=null action=withdrew verb=withdrawn its remaining fighters from actor=Syrian Democratic Forces claimant=Syrian Democratic Forces announced=2025-12-11 status=confirmed | speaker=The SDF actor=Syrian Democratic Forces verb=said",
            "territorial place=Ashrafieh type=district region=null country=null action=withdrew verb=withdrawn its remaining fighters from actor=Syrian Democratic Forces claimant=Syrian Democratic Forces announced=2025-12-11 status=confirmed | speaker=The SDF actor=Syrian Democratic Forces verb=said",
        ],
    );
}

#[test]
fn a_glacier_keeps_its_word() {
    check(
        "territorial",
        "Indian troops took control of the Siachen Glacier in 1984.",
        "2025-05-22",
        &[
            "territorial place=Siachen Glacier type=null region=null country=null action=captured verb=took control of actor=India claimant=null announced=1984-01-01..1984-12-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_hilltop_or_a_stronghold_is_a_place_of_another_type() {
    check(
        "territorial",
        "The Royal Thai Army said on Friday that its troops had retaken Phu Khiao, a strategic hilltop in Si Sa Ket province.",
        "2025-07-26",
        &[
            "territorial place=Phu Khiao type=other region=Si Sa Ket country=Thailand action=captured verb=retaken actor=Thailand claimant=Thailand announced=2025-07-25 status=claimed | speaker=The Royal Thai Army actor=Thailand verb=said",
        ],
    );
}

#[test]
fn talks_held_in_a_city_hold_no_place() {
    check(
        "territorial",
        "Talks between Kinshasa and Kigali were held in Doha in May.",
        "2026-06-02",
        &[],
    );
}

#[test]
fn a_capture_forecast_is_no_claim() {
    check(
        "territorial",
        "Russian Defence Minister Andrei Belousov told reporters that the liberation of Siversk was \"a matter of days\" and that the garrison was cut off.",
        "2026-01-20",
        &[],
    );
}

#[test]
fn a_group_described_as_one_of_many_speaks_and_a_capital_names_its_region() {
    check(
        "territorial",
        "The Kachin Independence Army, one of the oldest ethnic armed groups in Myanmar, said on Monday it had captured the town of Bhamo in Kachin State. \
         The RSF took Nyala, the capital of South Darfur, in October. \
         Army troops retook Kadugli, another garrison town in South Kordofan, on Friday.",
        "2026-02-09",
        &[
            "territorial place=Bhamo type=town region=Kachin country=Myanmar action=captured verb=captured actor=Kachin Independence Army claimant=Kachin Independence Army announced=2026-02-09 status=claimed | speaker=The Kachin Independence Army actor=Kachin Independence Army verb=said",
            "territorial place=Nyala type=null region=South Darfur country=Sudan action=captured verb=took actor=Rapid Support Forces claimant=null announced=2025-10-01..2025-10-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Kadugli type=town region=South Kordofan country=Sudan action=captured verb=retook actor=null claimant=null announced=2026-02-06 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_capitalised_dam_ends_the_name() {
    check(
        "territorial",
        "Ethiopia said Fano fighters had withdrawn from the Tekeze Dam on Sunday.",
        "2026-05-12",
        &[
            "territorial place=Tekeze Dam type=null region=null country=null action=withdrew verb=withdrawn from actor=Fano claimant=Ethiopia announced=2026-05-10 status=claimed | speaker=Ethiopia actor=Ethiopia verb=said",
        ],
    );
}

/// A foreign bureau's dateline gives the country of "the army" only when the story is about it.
#[test]
fn a_bureau_dateline_names_no_army_of_a_country_the_story_is_not_about() {
    let body = "Sudan's Rapid Support Forces said on Sunday they had taken full control of Babanusa, a town in West Kordofan. \
                Army spokesman Nabil Abdallah denied that Babanusa had fallen to the paramilitary group. \
                The army and the RSF have rejected a truce proposed by Egypt.";
    let article = claimtrack_ingest::article_from_parts(
        claimtrack_ingest::Fields {
            published: chrono::NaiveDate::from_ymd_opt(2025, 11, 3),
            dateline: Some("CAIRO".to_owned()),
            ..claimtrack_ingest::Fields::default()
        },
        body,
    );
    let found = claimtrack_extract::extract(&article, &claimtrack_extract::Options::default());
    let denial = found
        .claims
        .iter()
        .find(|c| c.attribution.verb.as_deref() == Some("denied"))
        .map(crate::render);
    assert_eq!(
        denial.as_deref(),
        Some(
            "territorial place=Babanusa type=null region=null country=null action=captured verb=fallen to actor=Rapid Support Forces claimant=Sudanese Armed Forces announced=2025-11-03 status=denied | speaker=Army spokesman Nabil Abdallah actor=Sudanese Armed Forces verb=denied"
        )
    );
}

#[test]
fn now_fully_controls_is_a_capture() {
    check(
        "territorial",
        "The Russian chief of staff told Putin on Thursday that the army now fully controls Siversk.",
        "2026-01-16",
        &[
            "territorial place=Siversk type=null region=null country=null action=captured verb=now fully controls actor=Russia claimant=Russia announced=2026-01-15 status=claimed | speaker=The Russian chief of staff actor=Russia verb=told",
        ],
    );
}

#[test]
fn state_media_idioms_districts_of_capitals_and_the_enemy() {
    check(
        "territorial",
        "Ukrainian units lost 150 soldiers near Kupiansk over the past day, the Russian Defence Ministry said. \
         The enemy was forced to withdraw from the village of Petropavlivka, the ministry said. \
         Army units restored security and stability to the town of Saraqib after expelling terrorist groups, Syria's state news agency reported. \
         Government forces took control of the Tajoura district of Tripoli on Sunday. \
         Sudan's army retook the Republican Palace in Khartoum.",
        "2026-03-16",
        &[
            "territorial place=Petropavlivka type=village region=null country=null action=withdrew verb=forced to withdraw from actor=Ukraine claimant=Russia announced=2026-03-16 status=claimed | speaker=the Russian Defence Ministry actor=Russia verb=said",
            "territorial place=Saraqib type=town region=null country=null action=captured verb=restored security and stability to actor=Syria claimant=Syria announced=2026-03-16 status=claimed | speaker=Syria's state news agency actor=Syria verb=reported",
            "territorial place=Tajoura type=district region=null country=null action=captured verb=took control of actor=null claimant=null announced=2026-03-15 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Republican Palace type=null region=Khartoum country=Sudan action=captured verb=retook actor=Sudanese Armed Forces claimant=null announced=2026-03-16 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_allegation_the_other_side_denied_is_disputed_and_speaks_not() {
    check(
        "territorial",
        "Villagers said Azerbaijani troops had entered the village of Tegh on Monday, an allegation the Azerbaijani Defence Ministry denied. \
         In 2023 government troops retook the town of Kidal, a victory the junta hailed as historic.",
        "2026-06-03",
        &[
            "territorial place=Tegh type=village region=null country=null action=entered verb=entered actor=Azerbaijan claimant=null announced=2026-06-01 status=disputed | speaker=Villagers actor=null verb=said",
            "territorial place=Kidal type=town region=null country=null action=captured verb=retook actor=null claimant=null announced=2023-01-01..2023-12-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_list_goes_on_after_an_appositive() {
    check(
        "territorial",
        "Russia's Defence Ministry said on Tuesday its forces had taken Torske, a village in Donetsk Oblast, and Ivanivka in Kharkiv Oblast. \
         Ukrainian troops recaptured Novyi Sad, a hamlet near the border, and the village of Kamianka, the brigade said.",
        "2025-05-14",
        &[
            "territorial place=Torske type=village region=Donetsk country=Ukraine action=captured verb=taken actor=Russia claimant=Russia announced=2025-05-13 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
            "territorial place=Ivanivka type=null region=Kharkiv country=Ukraine action=captured verb=taken actor=Russia claimant=Russia announced=2025-05-13 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
            "territorial place=Novyi Sad type=village region=null country=null action=captured verb=recaptured actor=Ukraine claimant=null announced=2025-05-14 status=claimed | speaker=the brigade actor=null verb=said",
            "territorial place=Kamianka type=village region=null country=null action=captured verb=recaptured actor=Ukraine claimant=null announced=2025-05-14 status=claimed | speaker=the brigade actor=null verb=said",
        ],
    );
}

#[test]
fn landmarks_bodies_of_states_speakers_and_delays() {
    // A capitalised landmark word is part of the name; a body of states, a reporting outlet
    // after a comma and a deal "held up" are no places; soldiers who crossed a border are told
    // of, an army that crossed into a region makes a claim.
    check(
        "territorial",
        "Pakistani troops retook Gun Hill, a peak near the Line of Control, on Friday. \
         Niger and Chad withdrew from the Economic Community of Central African States last year. \
         A rebel commander denied that government forces had entered Kuraymat, Al-Hadath TV reported. \
         A pipeline bid to capture a stake in Rovuma is still held up by a court case. \
         Three soldiers who had crossed into Armenia's Tavush province were sent back. \
         Sudanese troops crossed into Ethiopia's Amhara region in March.",
        "2026-03-20",
        &[
            "territorial place=Gun Hill type=null region=null country=null action=captured verb=retook actor=Pakistan claimant=null announced=2026-03-20 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Kuraymat type=null region=null country=null action=entered verb=entered actor=null claimant=null announced=2026-03-20 status=denied | speaker=A rebel commander actor=null verb=denied",
            "territorial place=Amhara type=region region=Amhara country=Ethiopia action=entered verb=crossed into actor=Sudan claimant=null announced=2026-03-01..2026-03-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn a_plural_type_word_types_each_place_past_their_regions() {
    check(
        "territorial",
        "Russia's Defence Ministry said on Monday that its forces had captured the villages of Zelenyi Hai in the Donetsk region and Pryvilne in the Zaporizhzhia region.",
        "2025-10-01",
        &[
            "territorial place=Zelenyi Hai type=village region=Donetsk country=Ukraine action=captured verb=captured actor=Russia claimant=Russia announced=2025-09-29 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
            "territorial place=Pryvilne type=village region=Zaporizhzhia country=Ukraine action=captured verb=captured actor=Russia claimant=Russia announced=2025-09-29 status=claimed | speaker=Russia's Defence Ministry actor=Russia verb=said",
        ],
    );
}

#[test]
fn it_in_a_clause_of_time_is_the_side_the_sentence_opens_with() {
    check(
        "territorial",
        "The Houthis have pressed their offensive towards Marib since they took Harib in September. \
         The rebel group has tightened its grip on the east since it seized Walikale in March.",
        "2025-12-09",
        &[
            "territorial place=Harib type=null region=null country=null action=captured verb=took actor=Houthis claimant=null announced=2025-09-01..2025-09-30 status=claimed | speaker=null actor=null verb=null",
            // The article's one armed group is the one described.
            "territorial place=Walikale type=null region=null country=null action=captured verb=seized actor=Houthis claimant=null announced=2025-03-01..2025-03-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn an_appositive_that_counts_the_places_types_them() {
    check(
        "territorial",
        "The army said on Sunday that its troops had taken control of Dara and Kotkai, two border villages in Kunar province.",
        "2025-10-13",
        &[
            "territorial place=Dara type=village region=Kunar country=Afghanistan action=captured verb=taken control of actor=null claimant=null announced=2025-10-12 status=claimed | speaker=The army actor=null verb=said",
            "territorial place=Kotkai type=village region=Kunar country=Afghanistan action=captured verb=taken control of actor=null claimant=null announced=2025-10-12 status=claimed | speaker=The army actor=null verb=said",
        ],
    );
}

#[test]
fn a_capture_that_is_an_aim_and_a_season_that_names_rains() {
    // Neither a territorial claim nor a deadline: the capture is an objective, and "the autumn"
    // names the rains.
    check(
        "territorial",
        "Russian officials have said the capture of Siversk and Lyman is their next objective, and military bloggers have urged commanders to move faster before the autumn rains turn the fields to mud.",
        "2025-08-27",
        &[],
    );
    check(
        "deadline",
        "Russian officials have said the capture of Siversk and Lyman is their next objective, and military bloggers have urged commanders to move faster before the autumn rains turn the fields to mud.",
        "2025-08-27",
        &[],
    );
}

#[test]
fn parts_of_a_place_are_the_place() {
    check(
        "territorial",
        "Israeli troops withdrew from parts of Rafah and Beit Hanoun on Friday under the truce.",
        "2025-10-22",
        &[
            "territorial place=Rafah type=null region=null country=null action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-10-17 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Beit Hanoun type=null region=null country=null action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-10-17 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn plural_landmark_types_and_a_force_s_posts() {
    check(
        "territorial",
        "In 2011, special police units seized the Jarinje and Brnjak crossings on the boundary. \
         Syrian army units entered the Al-Mashlab district, where SDF/YPG checkpoints had been abandoned overnight.",
        "2026-01-10",
        &[
            "territorial place=Jarinje type=other region=null country=null action=captured verb=seized actor=null claimant=null announced=2011-01-01..2011-12-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Brnjak type=other region=null country=null action=captured verb=seized actor=null claimant=null announced=2011-01-01..2011-12-31 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Al-Mashlab type=district region=null country=null action=entered verb=entered actor=Syria claimant=null announced=2026-01-10 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}

#[test]
fn the_subject_of_two_joined_verbs_not_the_first_one_s_object() {
    check(
        "territorial",
        "The commander said on Wednesday that Ukrainian forces had halted the Russian advance in the north and liberated the village of Yunakivka.",
        "2025-06-20",
        &[
            "territorial place=Yunakivka type=village region=null country=null action=captured verb=liberated actor=Ukraine claimant=Ukraine announced=2025-06-18 status=claimed | speaker=The commander actor=Ukraine verb=said",
        ],
    );
}

#[test]
fn the_country_of_a_list_s_demonym_and_of_an_appositive() {
    check(
        "territorial",
        "Israeli troops withdrew from the southern Lebanese villages of Yaroun, Maroun al-Ras and Aitaroun on Tuesday. \
         Niger's army said its troops had repelled an attack on Torodi, a town in south-western Niger near the border.",
        "2025-02-19",
        &[
            "territorial place=Yaroun type=village region=null country=Lebanon action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-02-18 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Maroun al-Ras type=village region=null country=Lebanon action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-02-18 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Aitaroun type=village region=null country=Lebanon action=withdrew verb=withdrew from actor=Israel claimant=null announced=2025-02-18 status=claimed | speaker=null actor=null verb=null",
            "territorial place=Torodi type=town region=null country=Niger action=held verb=repelled an attack on actor=Niger claimant=Niger announced=2025-02-19 status=claimed | speaker=Niger's army actor=Niger verb=said",
        ],
    );
}

#[test]
fn darfur_and_kordofan_are_no_first_level_regions() {
    check(
        "territorial",
        "The RSF seized El Fasher, the army's last stronghold in Darfur, in October.",
        "2025-12-09",
        &[
            "territorial place=El Fasher type=null region=null country=null action=captured verb=seized actor=Rapid Support Forces claimant=null announced=2025-10-01..2025-10-31 status=claimed | speaker=null actor=null verb=null",
        ],
    );
}
