#pragma once
// The controlled English of `factgraph ask`, as one PEGTL grammar over a normalized question
// (normalize_question: single spaces, "'s" split off, no trailing "?"). Keywords match in any
// case. Name slots are phrases of words that stop where the rest of their form can match
// (phrase<Stop>), so "the G7 summit in Hiroshima" stays one name in "where is the G7 summit in
// Hiroshima held". Tense, articles and "with" are optional parts of one rule, not separate forms.
// Every form rule starts with `begin`, whose action clears what a failed alternative captured.
#include <tao/pegtl.hpp>

namespace fg::query::ask::grammar {

namespace pg = tao::pegtl;
using pg::at;
using pg::eof;
using pg::not_at;
using pg::one;
using pg::opt;
using pg::plus;
using pg::seq;
using pg::sor;
using pg::star;

struct _ : one<' '> {};
struct word : plus<pg::not_one<' '>> {};
struct eow : at<sor<one<' '>, eof>> {};
template <class Text>
struct kw : seq<Text, eow> {};
#define FG_ASK_KW(name, text) \
  struct name : kw<TAO_PEGTL_ISTRING(text)> {}

// A name: one or more words, ending where `Stop` (which follows a space) can match.
template <class Stop>
struct phrase : seq<word, star<not_at<_, Stop>, _, word>> {};

// --- words ---------------------------------------------------------------------------------
FG_ASK_KW(k_a, "a");
FG_ASK_KW(k_an, "an");
FG_ASK_KW(k_about, "about");
FG_ASK_KW(k_all, "all");
FG_ASK_KW(k_and, "and");
FG_ASK_KW(k_are, "are");
FG_ASK_KW(k_at, "at");
FG_ASK_KW(k_be, "be");
FG_ASK_KW(k_been, "been");
FG_ASK_KW(k_by, "by");
FG_ASK_KW(k_describe, "describe");
FG_ASK_KW(k_did, "did");
FG_ASK_KW(k_do, "do");
FG_ASK_KW(k_does, "does");
FG_ASK_KW(k_for, "for");
FG_ASK_KW(k_has, "has");
FG_ASK_KW(k_have, "have");
FG_ASK_KW(k_how, "how");
FG_ASK_KW(k_in, "in");
FG_ASK_KW(k_is, "is");
FG_ASK_KW(k_know, "know");
FG_ASK_KW(k_list, "list");
FG_ASK_KW(k_many, "many");
FG_ASK_KW(k_me, "me");
FG_ASK_KW(k_member, "member");
FG_ASK_KW(k_next, "next");
FG_ASK_KW(k_of, "of");
FG_ASK_KW(k_on, "on");
FG_ASK_KW(k_part, "part");
FG_ASK_KW(k_place, "place");
FG_ASK_KW(k_s, "'s");
FG_ASK_KW(k_show, "show");
FG_ASK_KW(k_tell, "tell");
FG_ASK_KW(k_that, "that");
FG_ASK_KW(k_the, "the");
FG_ASK_KW(k_to, "to");
FG_ASK_KW(k_was, "was");
FG_ASK_KW(k_we, "we");
FG_ASK_KW(k_were, "were");
FG_ASK_KW(k_what, "what");
FG_ASK_KW(k_when, "when");
FG_ASK_KW(k_where, "where");
FG_ASK_KW(k_which, "which");
FG_ASK_KW(k_who, "who");
FG_ASK_KW(k_whom, "whom");
FG_ASK_KW(k_will, "will");
FG_ASK_KW(k_with, "with");
FG_ASK_KW(k_you, "you");
FG_ASK_KW(k_everything, "everything");
struct k_and_or : sor<seq<k_and, one<'/'>, kw<TAO_PEGTL_ISTRING("or")>>, k_and, kw<TAO_PEGTL_ISTRING("or")>> {};

struct article : sor<k_the, k_a, k_an> {};
struct opt_article : opt<article, _> {};
struct who_word : sor<k_whom, k_who> {};
struct relative : sor<k_who, k_that, k_which> {};

// Tense markers: their actions set ParsedQuestion::tense.
struct t_future : sor<seq<k_will, _, k_be>, k_will> {};
struct t_past : sor<k_was, k_were, k_did, seq<sor<k_has, k_have>, _, k_been>, k_has, k_have> {};
struct t_present : sor<k_is, k_are, k_does, k_do> {};
struct be : sor<t_future, t_past, t_present> {};
struct aux : sor<t_future, t_past, t_present> {};

// Verbs with their tenses (base, third person, past, participles, "will").
// A simple-past verb form sets the tense itself ("who represented ...", "who met ...").
template <class Word>
struct past : Word {};
struct v_represent_word : sor<kw<TAO_PEGTL_ISTRING("represents")>, past<kw<TAO_PEGTL_ISTRING("represented")>>,
                              kw<TAO_PEGTL_ISTRING("representing")>, kw<TAO_PEGTL_ISTRING("represent")>> {};
struct v_represent : seq<opt<be, _>, v_represent_word> {};
struct v_attend_word
    : sor<kw<TAO_PEGTL_ISTRING("attends")>, past<kw<TAO_PEGTL_ISTRING("attended")>>,
          kw<TAO_PEGTL_ISTRING("attending")>, kw<TAO_PEGTL_ISTRING("attend")>,
          seq<sor<past<kw<TAO_PEGTL_ISTRING("took")>>, kw<TAO_PEGTL_ISTRING("takes")>, kw<TAO_PEGTL_ISTRING("taking")>,
                  kw<TAO_PEGTL_ISTRING("take")>>,
              _, k_part, _, k_in>,
          seq<sor<past<kw<TAO_PEGTL_ISTRING("participated")>>, kw<TAO_PEGTL_ISTRING("participates")>,
                  kw<TAO_PEGTL_ISTRING("participating")>, kw<TAO_PEGTL_ISTRING("participate")>>,
              _, k_in>,
          seq<sor<past<kw<TAO_PEGTL_ISTRING("went")>>, kw<TAO_PEGTL_ISTRING("go")>, kw<TAO_PEGTL_ISTRING("goes")>>, _,
              k_to>> {};
struct v_attend : seq<opt<aux, _>, v_attend_word> {};
struct v_meet_word : sor<kw<TAO_PEGTL_ISTRING("meets")>, kw<TAO_PEGTL_ISTRING("meeting")>,
                         kw<TAO_PEGTL_ISTRING("meet")>, past<kw<TAO_PEGTL_ISTRING("met")>>> {};
struct v_meet : seq<v_meet_word, opt<_, k_with>> {};
struct v_held_word : sor<kw<TAO_PEGTL_ISTRING("held")>, kw<TAO_PEGTL_ISTRING("hosted")>,
                         kw<TAO_PEGTL_ISTRING("organized")>, kw<TAO_PEGTL_ISTRING("organised")>,
                         seq<sor<kw<TAO_PEGTL_ISTRING("take")>, kw<TAO_PEGTL_ISTRING("takes")>,
                                 kw<TAO_PEGTL_ISTRING("took")>, kw<TAO_PEGTL_ISTRING("taking")>>,
                             _, k_place>,
                         kw<TAO_PEGTL_ISTRING("happen")>, kw<TAO_PEGTL_ISTRING("happens")>,
                         kw<TAO_PEGTL_ISTRING("happened")>> {};
struct v_held : seq<opt<sor<k_be, k_been>, _>, v_held_word> {};
struct v_work : sor<kw<TAO_PEGTL_ISTRING("works")>, past<kw<TAO_PEGTL_ISTRING("worked")>>,
                    kw<TAO_PEGTL_ISTRING("working")>, kw<TAO_PEGTL_ISTRING("work")>> {};
struct v_belong : sor<kw<TAO_PEGTL_ISTRING("belongs")>, past<kw<TAO_PEGTL_ISTRING("belonged")>>,
                      kw<TAO_PEGTL_ISTRING("belonging")>, kw<TAO_PEGTL_ISTRING("belong")>> {};
struct v_hold : sor<kw<TAO_PEGTL_ISTRING("holds")>, kw<TAO_PEGTL_ISTRING("held")>, kw<TAO_PEGTL_ISTRING("holding")>,
                    kw<TAO_PEGTL_ISTRING("hold")>, kw<TAO_PEGTL_ISTRING("has")>, kw<TAO_PEGTL_ISTRING("have")>,
                    kw<TAO_PEGTL_ISTRING("had")>> {};

// Nouns. The n_* rules' actions set ParsedQuestion::kind.
struct n_states : sor<kw<TAO_PEGTL_ISTRING("states")>, kw<TAO_PEGTL_ISTRING("state")>,
                      kw<TAO_PEGTL_ISTRING("countries")>, kw<TAO_PEGTL_ISTRING("country")>,
                      kw<TAO_PEGTL_ISTRING("nations")>, kw<TAO_PEGTL_ISTRING("nation")>,
                      kw<TAO_PEGTL_ISTRING("governments")>, kw<TAO_PEGTL_ISTRING("government")>> {};
struct n_orgs : sor<kw<TAO_PEGTL_ISTRING("organizations")>, kw<TAO_PEGTL_ISTRING("organization")>,
                    kw<TAO_PEGTL_ISTRING("organisations")>, kw<TAO_PEGTL_ISTRING("organisation")>,
                    kw<TAO_PEGTL_ISTRING("groups")>, kw<TAO_PEGTL_ISTRING("group")>,
                    kw<TAO_PEGTL_ISTRING("bodies")>, kw<TAO_PEGTL_ISTRING("body")>,
                    kw<TAO_PEGTL_ISTRING("alliances")>, kw<TAO_PEGTL_ISTRING("alliance")>,
                    kw<TAO_PEGTL_ISTRING("blocs")>, kw<TAO_PEGTL_ISTRING("bloc")>> {};
struct n_states_or_orgs : sor<seq<n_states, _, k_and_or, _, n_orgs>, seq<n_orgs, _, k_and_or, _, n_states>,
                              kw<TAO_PEGTL_ISTRING("parties")>, kw<TAO_PEGTL_ISTRING("party")>,
                              kw<TAO_PEGTL_ISTRING("sides")>, kw<TAO_PEGTL_ISTRING("side")>,
                              kw<TAO_PEGTL_ISTRING("participants")>, kw<TAO_PEGTL_ISTRING("participant")>,
                              kw<TAO_PEGTL_ISTRING("delegations")>, kw<TAO_PEGTL_ISTRING("delegation")>> {};
struct n_people : sor<kw<TAO_PEGTL_ISTRING("people")>, kw<TAO_PEGTL_ISTRING("persons")>,
                      kw<TAO_PEGTL_ISTRING("person")>, kw<TAO_PEGTL_ISTRING("officials")>,
                      kw<TAO_PEGTL_ISTRING("official")>, kw<TAO_PEGTL_ISTRING("diplomats")>,
                      kw<TAO_PEGTL_ISTRING("diplomats")>, kw<TAO_PEGTL_ISTRING("leaders")>,
                      kw<TAO_PEGTL_ISTRING("representatives")>, kw<TAO_PEGTL_ISTRING("envoys")>> {};
struct n_party : sor<n_states_or_orgs, n_states, n_orgs> {};
struct n_meetings : sor<kw<TAO_PEGTL_ISTRING("meetings")>, kw<TAO_PEGTL_ISTRING("meeting")>,
                        kw<TAO_PEGTL_ISTRING("forums")>, kw<TAO_PEGTL_ISTRING("forum")>,
                        kw<TAO_PEGTL_ISTRING("fora")>, kw<TAO_PEGTL_ISTRING("summits")>,
                        kw<TAO_PEGTL_ISTRING("summit")>, kw<TAO_PEGTL_ISTRING("talks")>,
                        kw<TAO_PEGTL_ISTRING("conferences")>, kw<TAO_PEGTL_ISTRING("conference")>,
                        kw<TAO_PEGTL_ISTRING("sessions")>, kw<TAO_PEGTL_ISTRING("session")>,
                        kw<TAO_PEGTL_ISTRING("events")>, kw<TAO_PEGTL_ISTRING("event")>,
                        kw<TAO_PEGTL_ISTRING("gatherings")>, kw<TAO_PEGTL_ISTRING("venues")>,
                        kw<TAO_PEGTL_ISTRING("venue")>> {};
struct n_members : sor<seq<sor<kw<TAO_PEGTL_ISTRING("member")>, kw<TAO_PEGTL_ISTRING("participating")>>, _,
                           sor<kw<TAO_PEGTL_ISTRING("states")>, kw<TAO_PEGTL_ISTRING("countries")>>>,
                       kw<TAO_PEGTL_ISTRING("members")>, k_member, kw<TAO_PEGTL_ISTRING("parties")>,
                       kw<TAO_PEGTL_ISTRING("party")>> {};
struct n_role : sor<kw<TAO_PEGTL_ISTRING("roles")>, kw<TAO_PEGTL_ISTRING("role")>, kw<TAO_PEGTL_ISTRING("titles")>,
                    kw<TAO_PEGTL_ISTRING("title")>, kw<TAO_PEGTL_ISTRING("positions")>,
                    kw<TAO_PEGTL_ISTRING("position")>, kw<TAO_PEGTL_ISTRING("jobs")>, kw<TAO_PEGTL_ISTRING("job")>,
                    kw<TAO_PEGTL_ISTRING("offices")>, kw<TAO_PEGTL_ISTRING("office")>,
                    kw<TAO_PEGTL_ISTRING("functions")>, kw<TAO_PEGTL_ISTRING("function")>> {};
struct n_envoy : sor<kw<TAO_PEGTL_ISTRING("envoy")>, kw<TAO_PEGTL_ISTRING("envoys")>,
                     kw<TAO_PEGTL_ISTRING("representative")>, kw<TAO_PEGTL_ISTRING("representatives")>,
                     kw<TAO_PEGTL_ISTRING("delegate")>, kw<TAO_PEGTL_ISTRING("delegates")>,
                     kw<TAO_PEGTL_ISTRING("ambassador")>, kw<TAO_PEGTL_ISTRING("ambassadors")>> {};

// "which" / "what" / "how many" before a plural noun; how_many's action sets count.
struct how_many : seq<k_how, _, k_many> {};
struct det : sor<how_many, k_which, k_what> {};
struct list_lead : seq<sor<k_list, seq<k_show, opt<_, k_me>>, seq<k_tell, _, k_me>>, opt<_, k_all>, opt<_, k_the>> {};

// Dates after a place: "in January 2022", "in 2022", "on 12 January 2022", "on 2022-01-12".
struct month : sor<kw<TAO_PEGTL_ISTRING("january")>, kw<TAO_PEGTL_ISTRING("february")>,
                   kw<TAO_PEGTL_ISTRING("march")>, kw<TAO_PEGTL_ISTRING("april")>, kw<TAO_PEGTL_ISTRING("may")>,
                   kw<TAO_PEGTL_ISTRING("june")>, kw<TAO_PEGTL_ISTRING("july")>, kw<TAO_PEGTL_ISTRING("august")>,
                   kw<TAO_PEGTL_ISTRING("september")>, kw<TAO_PEGTL_ISTRING("october")>,
                   kw<TAO_PEGTL_ISTRING("november")>, kw<TAO_PEGTL_ISTRING("december")>> {};
struct year : seq<pg::rep<4, pg::digit>, eow> {};
struct day : seq<pg::rep_min_max<1, 2, pg::digit>, opt<sor<TAO_PEGTL_ISTRING("st"), TAO_PEGTL_ISTRING("nd"),
                                                           TAO_PEGTL_ISTRING("rd"), TAO_PEGTL_ISTRING("th")>>,
                 eow> {};
struct iso_date : seq<pg::rep<4, pg::digit>, opt<one<'-'>, pg::rep<2, pg::digit>, opt<one<'-'>, pg::rep<2, pg::digit>>>,
                      eow> {};
struct date_text : sor<iso_date, seq<day, _, month, opt<_, year>>, seq<month, _, day, opt<_, year>>,
                       seq<month, opt<_, year>>, year> {};
struct date_slot : date_text {};
struct date_tail : seq<sor<k_in, k_on, kw<TAO_PEGTL_ISTRING("during")>>, _, opt<k_the, _>, date_text, eof> {};

// --- slots (each captured by its action) ----------------------------------------------------
template <class Stop> struct x_slot : phrase<Stop> {};
template <class Stop> struct a_slot : phrase<Stop> {};
template <class Stop> struct forum_slot : phrase<Stop> {};
template <class Stop> struct meeting_slot : phrase<Stop> {};
template <class Stop> struct place_slot : phrase<Stop> {};
template <class Stop> struct title_slot : phrase<Stop> {};
template <class Stop> struct title_of_slot : phrase<Stop> {};
template <class Stop> struct group_slot : phrase<Stop> {};
template <class Stop> struct delegation_slot : phrase<Stop> {};
struct again : sor<kw<TAO_PEGTL_ISTRING("next")>, kw<TAO_PEGTL_ISTRING("again")>> {};
struct b_slot : phrase<seq<again, eof>> {};

// Which edition of a recurring meeting: "the next G7 summit", "the previous trilateral summit",
// "the last (latest, most recent) summit"; "the next round of X" is the next X.
struct next_marker : sor<k_next, kw<TAO_PEGTL_ISTRING("upcoming")>, kw<TAO_PEGTL_ISTRING("following")>> {};
struct previous_marker : sor<kw<TAO_PEGTL_ISTRING("previous")>, kw<TAO_PEGTL_ISTRING("preceding")>,
                             kw<TAO_PEGTL_ISTRING("prior")>> {};
struct latest_marker : sor<kw<TAO_PEGTL_ISTRING("last")>, kw<TAO_PEGTL_ISTRING("latest")>,
                           seq<kw<TAO_PEGTL_ISTRING("most")>, _, kw<TAO_PEGTL_ISTRING("recent")>>> {};
struct edition_marker : sor<next_marker, previous_marker, latest_marker> {};
struct edition_of : seq<sor<kw<TAO_PEGTL_ISTRING("round")>, kw<TAO_PEGTL_ISTRING("edition")>,
                            kw<TAO_PEGTL_ISTRING("session")>, kw<TAO_PEGTL_ISTRING("iteration")>,
                            kw<TAO_PEGTL_ISTRING("instalment")>, kw<TAO_PEGTL_ISTRING("installment")>>,
                        _, k_of, _, opt<k_the, _>> {};

struct end : eof {};
struct begin : pg::success {};
template <class Form, class... Rules>
struct form : seq<begin, Rules..., end> {};

// A meeting name with an optional "the" and edition ("next", "previous", "last", "the next round of").
template <class Stop>
struct meeting_ref : seq<opt<k_the, _>, opt<edition_marker, _, opt<edition_of>>, meeting_slot<Stop>> {};
// "at the meeting", "at", "in", "during", "to" before a forum.
struct at_word : sor<k_at, k_in, k_to, k_on, kw<TAO_PEGTL_ISTRING("during")>> {};

// --- forms ----------------------------------------------------------------------------------
// Tag types name the form each rule builds (their actions set ParsedQuestion::form).
struct f_represents_which_forum;
struct f_represents_at;
struct f_represents_which_party;
struct f_represents;
struct f_meetings_attended_by;
struct f_where_met;
struct f_whom_met;
struct f_who_met_whom;
struct f_role_of;
struct f_role_holder;
struct f_works_for;
struct f_members_of;
struct f_is_member;
struct f_member_of_what;
struct f_meeting_place_date;
struct f_meetings_held_in;
struct f_attendees;
struct f_attending_parties;
struct f_about;
struct f_delegation;  // represents or represents-at, by whether a forum is named

struct which_forum : seq<sor<k_which, k_what>, _, n_meetings> {};
struct at_which_forum : seq<at_word, _, opt<k_the, _>, which_forum> {};

// who represents X at which forum / at which forums is X represented by whom (not supported)
struct q_represents_which_forum
    : form<f_represents_which_forum, who_word, _, v_represent, _, x_slot<at_which_forum>, _, at_which_forum> {};
// who represents which state at F / who represented which party
struct q_represents_which_party
    : form<f_represents_which_party, who_word, _, v_represent, _, sor<k_which, k_what>, _, n_party,
           opt<_, at_word, _, opt<k_the, _>, forum_slot<eof>>> {};
// who represents X at F / who is X's envoy to F / who is the envoy of X to F
struct q_represents_at
    : form<f_represents_at, who_word, _,
           sor<seq<v_represent, _, x_slot<seq<at_word, _>>, _, at_word, _, opt<k_the, _>, forum_slot<eof>>,
               seq<be, _, opt<k_the, _>, x_slot<k_s>, _, k_s, _, n_envoy, _, at_word, _, opt<k_the, _>,
                   forum_slot<eof>>,
               seq<be, _, opt<k_the, _>, n_envoy, _, k_of, _, x_slot<seq<at_word, _>>, _, at_word, _,
                   opt<k_the, _>, forum_slot<eof>>>> {};
// who represents X / who is X's envoy / list the people representing X
struct q_represents
    : form<f_represents,
           sor<seq<who_word, _, v_represent, _, x_slot<eof>>,
               seq<who_word, _, be, _, opt<k_the, _>, x_slot<k_s>, _, k_s, _, n_envoy>,
               seq<det, _, n_people, _, sor<seq<relative, _, v_represent>, v_represent_word>, _, x_slot<eof>>,
               seq<list_lead, _, n_people, _, sor<seq<relative, _, v_represent>, v_represent_word>, _,
                   x_slot<eof>>>> {};

// who was in (on, part of, a member of) the French delegation [representing France] [at F] /
// who is in the delegation of France at F: who represents the state (the demonym's, when no
// "representing S" follows) [at F]. The form's action picks represents-at when F is given.
struct n_delegation : sor<kw<TAO_PEGTL_ISTRING("delegation")>, kw<TAO_PEGTL_ISTRING("delegations")>> {};
struct in_delegation : sor<k_in, k_on, seq<k_part, _, k_of>,
                           seq<opt<sor<k_a, k_the>, _>, sor<kw<TAO_PEGTL_ISTRING("members")>, k_member>, _, k_of>> {};
struct delegation_party : seq<sor<kw<TAO_PEGTL_ISTRING("representing")>, k_for, k_of, kw<TAO_PEGTL_ISTRING("from")>>,
                              _, opt<k_the, _>, x_slot<seq<at_word, _>>> {};
struct delegation_forum : seq<at_word, _, opt<k_the, _>, forum_slot<eof>> {};
struct q_delegation
    : form<f_delegation, who_word, _, be, _, in_delegation, _, opt<article, _>,
           sor<seq<delegation_slot<n_delegation>, _, n_delegation, opt<_, delegation_party>>,
               seq<n_delegation, _, delegation_party>>,
           opt<_, delegation_forum>> {};

// which meetings did X attend [in PLACE] / list the meetings X attended / meetings attended by X
struct attend_base : sor<kw<TAO_PEGTL_ISTRING("attend")>, kw<TAO_PEGTL_ISTRING("attended")>,
                         kw<TAO_PEGTL_ISTRING("attends")>, kw<TAO_PEGTL_ISTRING("attending")>,
                         seq<sor<kw<TAO_PEGTL_ISTRING("take")>, kw<TAO_PEGTL_ISTRING("took")>,
                                 kw<TAO_PEGTL_ISTRING("taken")>>,
                             _, k_part, _, k_in>,
                         seq<sor<kw<TAO_PEGTL_ISTRING("participate")>, kw<TAO_PEGTL_ISTRING("participated")>>, _,
                             k_in>,
                         seq<sor<kw<TAO_PEGTL_ISTRING("go")>, kw<TAO_PEGTL_ISTRING("gone")>>, _, k_to>> {};
struct in_place_tail : seq<k_in, _, place_slot<eof>> {};
struct q_meetings_attended_by
    : form<f_meetings_attended_by,
           sor<seq<det, _, n_meetings, _, aux, _, x_slot<seq<attend_base, sor<eof, seq<_, k_in, _>>>>, _, attend_base,
                   opt<_, in_place_tail>>,
               seq<det, _, n_meetings, _, sor<seq<be, _, v_attend_word>, v_attend_word>, _, k_by, _,
                   x_slot<seq<k_in, _>>, opt<_, in_place_tail>>,
               seq<list_lead, _, n_meetings, _, opt<relative, _>, x_slot<seq<v_attend, sor<eof, seq<_, k_in, _>>>>,
                   _, v_attend, opt<_, in_place_tail>>,
               seq<list_lead, _, n_meetings, _, opt<relative, _, be, _>, v_attend_word, _, k_by, _,
                   x_slot<seq<k_in, _>>, opt<_, in_place_tail>>>> {};

// where [and when] did A meet [with] B / did A and B meet / did A and B hold talks / will A receive
// (host, visit, see, hold talks with, talk to) B / will B be received by A
struct ask_where_when : sor<seq<k_where, _, k_and, _, k_when>, seq<k_when, _, k_and, _, k_where>, k_where, k_when> {};
struct n_talks : sor<kw<TAO_PEGTL_ISTRING("talks")>, kw<TAO_PEGTL_ISTRING("meetings")>, kw<TAO_PEGTL_ISTRING("meeting")>,
                     kw<TAO_PEGTL_ISTRING("discussions")>, kw<TAO_PEGTL_ISTRING("negotiations")>,
                     kw<TAO_PEGTL_ISTRING("consultations")>, kw<TAO_PEGTL_ISTRING("summit")>> {};
struct v_hold_talks
    : seq<sor<kw<TAO_PEGTL_ISTRING("hold")>, kw<TAO_PEGTL_ISTRING("holds")>, past<kw<TAO_PEGTL_ISTRING("held")>>,
              kw<TAO_PEGTL_ISTRING("holding")>, kw<TAO_PEGTL_ISTRING("have")>, kw<TAO_PEGTL_ISTRING("has")>,
              past<kw<TAO_PEGTL_ISTRING("had")>>, kw<TAO_PEGTL_ISTRING("having")>>,
          _, opt<sor<k_a, k_an>, _>,
          opt<sor<kw<TAO_PEGTL_ISTRING("bilateral")>, kw<TAO_PEGTL_ISTRING("direct")>, kw<TAO_PEGTL_ISTRING("private")>,
                  kw<TAO_PEGTL_ISTRING("face-to-face")>, kw<TAO_PEGTL_ISTRING("trilateral")>>,
              _>,
          n_talks> {};
struct v_talk : sor<kw<TAO_PEGTL_ISTRING("talk")>, kw<TAO_PEGTL_ISTRING("talks")>, past<kw<TAO_PEGTL_ISTRING("talked")>>,
                    kw<TAO_PEGTL_ISTRING("talking")>, kw<TAO_PEGTL_ISTRING("speak")>, kw<TAO_PEGTL_ISTRING("speaks")>,
                    past<kw<TAO_PEGTL_ISTRING("spoke")>>> {};
struct v_receive : sor<kw<TAO_PEGTL_ISTRING("receive")>, kw<TAO_PEGTL_ISTRING("receives")>,
                       past<kw<TAO_PEGTL_ISTRING("received")>>, kw<TAO_PEGTL_ISTRING("receiving")>,
                       kw<TAO_PEGTL_ISTRING("host")>, kw<TAO_PEGTL_ISTRING("hosts")>, past<kw<TAO_PEGTL_ISTRING("hosted")>>,
                       kw<TAO_PEGTL_ISTRING("hosting")>, kw<TAO_PEGTL_ISTRING("visit")>, kw<TAO_PEGTL_ISTRING("visits")>,
                       past<kw<TAO_PEGTL_ISTRING("visited")>>, kw<TAO_PEGTL_ISTRING("visiting")>,
                       kw<TAO_PEGTL_ISTRING("see")>, kw<TAO_PEGTL_ISTRING("sees")>, past<kw<TAO_PEGTL_ISTRING("saw")>>,
                       kw<TAO_PEGTL_ISTRING("seeing")>> {};
// Passive: "will B be received by A", "was B received (visited, met) by A". Not "hosted by", which
// as often follows a meeting ("where was the summit hosted by France").
struct v_received_by : seq<opt<sor<k_be, k_been>, _>,
                           sor<kw<TAO_PEGTL_ISTRING("received")>, kw<TAO_PEGTL_ISTRING("visited")>,
                               kw<TAO_PEGTL_ISTRING("met")>>,
                           _, k_by> {};
struct v_pair : sor<seq<v_hold_talks, _, k_with>, seq<v_talk, _, sor<k_with, k_to>>, v_meet, v_receive> {};
struct v_joint : sor<seq<v_meet_word, opt<_, k_with, _, kw<TAO_PEGTL_ISTRING("each")>, _, kw<TAO_PEGTL_ISTRING("other")>>>,
                     v_hold_talks, v_talk> {};
// "B will be received by A": A is the host, so the slots swap (the answer does not depend on the
// order). The passive comes before the meeting forms: "was B received by A" is no meeting name.
struct q_where_received
    : form<f_where_met, ask_where_when, _, aux, _, a_slot<v_received_by>, _, v_received_by, _, b_slot, opt<_, again>> {};
// "where will A meet B next (again)": the trailing word only repeats the tense.
struct q_where_met
    : form<f_where_met, ask_where_when, _, aux, _,
           sor<seq<a_slot<v_pair>, _, v_pair, _, b_slot, opt<_, again>>,
               seq<a_slot<seq<v_joint, opt<_, again>, eof>>, _, v_joint, opt<_, again>>>> {};

// whom did P meet [with] [at M] / who met [with] P / which people did P meet / list the people P met /
// who did P hold talks with (talk to, receive, host, visit, see)
// "during M" (its action sets ParsedQuestion::during): who-met-whom also counts meetings held
// while M went on, where it was held.
struct during_word : kw<TAO_PEGTL_ISTRING("during")> {};
struct at_meeting_tail : seq<sor<k_at, k_in, during_word, k_on>, _, meeting_ref<eof>> {};
struct v_met_whom : sor<seq<v_hold_talks, _, k_with>, seq<v_talk, _, sor<k_with, k_to>>, v_receive> {};
// ("who will attend the ministers' meeting in X" asks for attendees: no person starts with "attend")
struct q_whom_met
    : form<f_whom_met,
           sor<seq<sor<who_word, seq<det, _, n_people>>, _, aux, _, not_at<v_attend_word>, x_slot<v_meet_word>, _, v_meet,
                   opt<_, at_meeting_tail>>,
               seq<sor<who_word, seq<det, _, n_people>>, _, aux, _, x_slot<v_met_whom>, _, v_met_whom,
                   opt<_, at_meeting_tail>>,
               seq<sor<who_word, seq<det, _, n_people>>, _, opt<aux, _>, v_meet, _,
                   x_slot<seq<sor<k_at, k_in, kw<TAO_PEGTL_ISTRING("during")>, k_on>, _>>, opt<_, at_meeting_tail>>,
               seq<list_lead, _, n_people, _, opt<relative, _>, x_slot<v_meet_word>, _, opt<aux, _>, v_meet,
                   opt<_, at_meeting_tail>>>> {};

// who met whom [bilaterally] [at M / during M / on the sidelines of M / in PLACE]: pairs of people
struct sidelines_tail : seq<sor<k_on, k_at>, _, opt<k_the, _>, kw<TAO_PEGTL_ISTRING("sidelines")>, _, k_of, _,
                            meeting_ref<eof>> {};
struct q_who_met_whom
    : form<f_who_met_whom, who_word, _, opt<aux, _>, v_meet, _, k_whom,
           opt<_, sor<kw<TAO_PEGTL_ISTRING("bilaterally")>, kw<TAO_PEGTL_ISTRING("privately")>,
                      kw<TAO_PEGTL_ISTRING("separately")>>>,
           opt<_, sor<sidelines_tail, at_meeting_tail>>> {};

// what is P's role / what role does P hold / what is the title of P / list the roles of P
struct q_role_of
    : form<f_role_of,
           sor<seq<k_what, _, be, _, x_slot<k_s>, _, k_s, _, n_role>,
               seq<k_what, _, be, _, k_the, _, n_role, _, k_of, _, x_slot<eof>>,
               seq<sor<k_what, k_which>, _, n_role, _, aux, _, x_slot<seq<v_hold, eof>>, _, v_hold>,
               seq<list_lead, _, n_role, _, k_of, _, x_slot<eof>>>> {};

// An office's first word, for "who is President of X" written without an article.
struct office_word : sor<kw<TAO_PEGTL_ISTRING("president")>, kw<TAO_PEGTL_ISTRING("chair")>, kw<TAO_PEGTL_ISTRING("chairman")>,
                         kw<TAO_PEGTL_ISTRING("chairwoman")>, kw<TAO_PEGTL_ISTRING("chairperson")>, kw<TAO_PEGTL_ISTRING("secretary")>,
                         kw<TAO_PEGTL_ISTRING("head")>, kw<TAO_PEGTL_ISTRING("director")>, kw<TAO_PEGTL_ISTRING("king")>,
                         kw<TAO_PEGTL_ISTRING("queen")>, kw<TAO_PEGTL_ISTRING("prime")>, kw<TAO_PEGTL_ISTRING("foreign")>,
                         kw<TAO_PEGTL_ISTRING("minister")>, kw<TAO_PEGTL_ISTRING("ambassador")>, kw<TAO_PEGTL_ISTRING("envoy")>,
                         kw<TAO_PEGTL_ISTRING("commissioner")>, kw<TAO_PEGTL_ISTRING("spokesperson")>,
                         kw<TAO_PEGTL_ISTRING("spokesman")>, kw<TAO_PEGTL_ISTRING("spokeswoman")>> {};

// who is the foreign minister of X / who is X's foreign minister / who holds the X chairmanship /
// who is President of X
struct q_role_holder
    : form<f_role_holder,
           sor<seq<who_word, _, be, _, opt<k_the, _>, x_slot<k_s>, _, k_s, _, title_slot<eof>>,
               seq<who_word, _, be, _, k_the, _, title_of_slot<eof>>,
               seq<who_word, _, be, _, at<office_word>, title_of_slot<eof>>,
               seq<who_word, _, v_hold, _, opt<k_the, _>, title_of_slot<eof>>>> {};

// who works for O / which people work at O / list the people working for O
struct work_prep : sor<k_for, k_at, k_in, seq<kw<TAO_PEGTL_ISTRING("employed")>, _, k_by>> {};
struct q_works_for
    : form<f_works_for,
           sor<seq<who_word, _, opt<aux, _>, v_work, _, work_prep, _, opt<k_the, _>, x_slot<eof>>,
               seq<who_word, _, be, _, kw<TAO_PEGTL_ISTRING("employed")>, _, k_by, _, opt<k_the, _>, x_slot<eof>>,
               seq<det, _, n_people, _, opt<aux, _>, v_work, _, work_prep, _, opt<k_the, _>, x_slot<eof>>,
               seq<list_lead, _, n_people, _, opt<relative, _>, opt<aux, _>, v_work, _, work_prep, _,
                   opt<k_the, _>, x_slot<eof>>>> {};

// which states are members of O / are parties to O / are O members / belong to O / list the members of O
struct members_word : sor<kw<TAO_PEGTL_ISTRING("members")>, kw<TAO_PEGTL_ISTRING("member")>,
                          kw<TAO_PEGTL_ISTRING("parties")>, kw<TAO_PEGTL_ISTRING("party")>,
                          seq<sor<kw<TAO_PEGTL_ISTRING("member")>, kw<TAO_PEGTL_ISTRING("participating")>>, _,
                              sor<kw<TAO_PEGTL_ISTRING("states")>, kw<TAO_PEGTL_ISTRING("countries")>,
                                  kw<TAO_PEGTL_ISTRING("nations")>>>,
                          kw<TAO_PEGTL_ISTRING("signatories")>, kw<TAO_PEGTL_ISTRING("participants")>> {};
struct of_word : sor<k_of, k_to, k_in> {};
struct v_form : sor<kw<TAO_PEGTL_ISTRING("form")>, kw<TAO_PEGTL_ISTRING("forms")>, past<kw<TAO_PEGTL_ISTRING("formed")>>,
                    kw<TAO_PEGTL_ISTRING("forming")>, kw<TAO_PEGTL_ISTRING("constitute")>,
                    kw<TAO_PEGTL_ISTRING("constitutes")>, past<kw<TAO_PEGTL_ISTRING("constituted")>>,
                    kw<TAO_PEGTL_ISTRING("compose")>, past<kw<TAO_PEGTL_ISTRING("composed")>>,
                    seq<sor<kw<TAO_PEGTL_ISTRING("make")>, kw<TAO_PEGTL_ISTRING("makes")>,
                            past<kw<TAO_PEGTL_ISTRING("made")>>, kw<TAO_PEGTL_ISTRING("making")>>,
                        _, kw<TAO_PEGTL_ISTRING("up")>>> {};
struct members_of_group : seq<opt<k_the, _>, members_word, _, of_word, _, opt<k_the, _>, group_slot<eof>> {};
struct q_members_of
    : form<f_members_of,
           sor<seq<det, _, n_party, _, be, _, members_of_group>,
               seq<det, _, n_party, _, be, _, opt<k_the, _>, group_slot<seq<members_word, eof>>, _, members_word>,
               seq<det, _, n_party, _, opt<aux, _>, v_belong, _, k_to, _, opt<k_the, _>, group_slot<eof>>,
               seq<det, _, n_party, _, be, _, k_in, _, opt<k_the, _>, group_slot<eof>>,
               seq<det, _, n_party, _, opt<aux, _>, v_form, _, opt<k_the, _>, group_slot<eof>>,
               seq<who_word, _, opt<aux, _>, v_form, _, opt<k_the, _>, group_slot<eof>>,
               seq<sor<who_word, k_what>, _, be, _, members_of_group>,
               seq<how_many, _, n_members, _, aux, _, opt<k_the, _>, group_slot<seq<v_hold, eof>>, _, v_hold>,
               seq<list_lead, _, opt<n_party, _>, members_of_group>,
               seq<list_lead, _, n_party, _, relative, _, be, _, members_of_group>,
               seq<list_lead, _, n_party, _, opt<relative, _>, v_belong, _, k_to, _, opt<k_the, _>, group_slot<eof>>,
               seq<list_lead, _, n_party, _, opt<relative, _>, v_form, _, opt<k_the, _>, group_slot<eof>>>> {};

// is X a member of O / is X part of O / does X belong to O / is X in O
struct q_is_member
    : form<f_is_member,
           sor<seq<sor<t_future, t_past, t_present>, _, x_slot<seq<opt<sor<k_a, k_an, k_the>, _>, sor<members_word, k_part>, _, of_word, _>>, _,
                   opt<sor<k_a, k_an, k_the>, _>, sor<members_word, k_part>, _, of_word, _, opt<k_the, _>,
                   group_slot<eof>>,
               seq<aux, _, x_slot<v_belong>, _, v_belong, _, k_to, _, opt<k_the, _>, group_slot<eof>>,
               seq<sor<t_future, t_past, t_present>, _, x_slot<seq<sor<k_a, k_an>, _>>, _, sor<k_a, k_an>, _,
                   group_slot<seq<members_word, eof>>, _, members_word>>> {};

// what is X a member of / which organizations is X a member of / which groups does X belong to
struct q_member_of_what
    : form<f_member_of_what,
           sor<seq<k_what, _, be, _, x_slot<seq<opt<sor<k_a, k_an>, _>, members_word, _, of_word, eof>>, _,
                   opt<sor<k_a, k_an>, _>, members_word, _, of_word>,
               seq<det, _, n_orgs, _, be, _, x_slot<seq<opt<sor<k_a, k_an>, _>, members_word, _, of_word, eof>>, _,
                   opt<sor<k_a, k_an>, _>, members_word, _, of_word>,
               seq<det, _, n_orgs, _, aux, _, x_slot<seq<v_belong, _, k_to, eof>>, _, v_belong, _, k_to>,
               seq<list_lead, _, n_orgs, _, x_slot<seq<be, _, opt<sor<k_a, k_an>, _>, members_word, _, of_word, eof>>,
                   _, be, _, opt<sor<k_a, k_an>, _>, members_word, _, of_word>>> {};

// where / when / where and when is (was, will be) M held / where will the next M be held
struct held_tail : seq<v_held, opt<_, date_tail>> {};
struct q_meeting_place_date
    : form<f_meeting_place_date, ask_where_when, _,
           sor<seq<be, _, meeting_ref<v_held>, _, v_held>, seq<aux, _, meeting_ref<v_held>, _, v_held>,
               seq<not_at<sor<k_did, k_does, k_do, seq<k_will, _, not_at<k_be>>>>, be, _, meeting_ref<eof>>>> {};

// which meetings were held in PLACE [in January 2022] / list the meetings held in PLACE
struct held_in_place : seq<v_held, _, k_in, _, opt<k_the, _>, place_slot<date_tail>, opt<_, date_tail>> {};
struct q_meetings_held_in
    : form<f_meetings_held_in,
           sor<seq<det, _, n_meetings, _, opt<be, _>, held_in_place>,
               seq<det, _, n_meetings, _, opt<aux, _>, v_held_word, _, k_in, _, opt<k_the, _>, place_slot<date_tail>,
                   opt<_, date_tail>>,
               seq<list_lead, _, n_meetings, _, opt<relative, _, be, _>, held_in_place>>> {};

// who attended M (persons) / which states or organizations attended M / list the participants of M
struct q_attendees
    : form<f_attendees,
           sor<seq<who_word, _, v_attend, _, meeting_ref<eof>>,
               seq<det, _, n_people, _, v_attend, _, meeting_ref<eof>>,
               seq<list_lead, _, n_people, _, opt<relative, _>, v_attend, _, meeting_ref<eof>>,
               seq<list_lead, _, sor<kw<TAO_PEGTL_ISTRING("attendees")>, kw<TAO_PEGTL_ISTRING("attendants")>>, _,
                   sor<k_of, k_at>, _, meeting_ref<eof>>>> {};
struct q_attending_parties
    : form<f_attending_parties,
           sor<seq<det, _, n_party, _, v_attend, _, meeting_ref<eof>>,
               seq<det, _, n_party, _, be, _, sor<k_at, k_in>, _, meeting_ref<eof>>,
               seq<list_lead, _, n_party, _, opt<relative, _>, v_attend, _, meeting_ref<eof>>,
               seq<list_lead, _, n_party, _, sor<k_of, k_at, k_in>, _, meeting_ref<eof>>>> {};

// what do we know about X / tell me about X / describe X / who is X / what is X
struct q_about
    : form<f_about,
           sor<seq<k_what, _, sor<k_do, k_does>, _, sor<k_we, k_you>, _, k_know, _, k_about, _, x_slot<eof>>,
               seq<sor<k_tell, k_show>, _, k_me, _, opt<sor<k_all, k_everything>, _>, k_about, _, x_slot<eof>>,
               seq<k_describe, _, x_slot<eof>>,
               seq<sor<k_who, k_what>, _, sor<k_is, k_are, k_was>, _, x_slot<eof>>>> {};

struct question
    : sor<q_delegation, q_represents_which_forum, q_represents_which_party, q_represents_at, q_represents, q_meetings_attended_by,
          q_where_received, q_meeting_place_date, q_where_met, q_who_met_whom, q_whom_met, q_role_of, q_works_for, q_members_of, q_is_member, q_member_of_what,
          q_meetings_held_in, q_attending_parties, q_attendees, q_role_holder, q_about> {};

#undef FG_ASK_KW
}  // namespace fg::query::ask::grammar
