# The law in force on the day: each fine and duty by the text of its date;
# a day its sources do not cover is provisional, with why.  Sources: doc/sources/.
#
# CAO 517 as amended by Law 127-VI (text of 28.12.2017): more than 3 days past the stay is
# part 4, 15 MCI or expulsion; there were no 10 / 25 MCI tiers before Law 292-VI (2020).
$ kzmig fine overstay --days 4 --on 2018-06-01 --format json | jq -c '[.article, .mci, .kzt, .alternative, .provisional]'
["CAO 517 part 4",15,36075,"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)",false]
$ kzmig fine overstay --days 4 --on 2020-06-01 --format json | jq -c '[.article, .mci, .provisional]'
["CAO 517 part 3",10,false]
# Before Law 127-VI (text of 11.07.2017) arrest was a third choice.
$ kzmig fine overstay --days 4 --on 2017-06-01 | grep -A1 'Or instead'
  Or instead:    arrest up to 10 days, or administrative expulsion (then a 5-year entry ban,
                 Migration Law art. 48)
# January 2020: Law 292-VI came into force on a day not established: provisional, why.
$ kzmig fine overstay --days 4 --on 2020-01-15 --format json | jq -r '.provisional, .reason'
true
Law 292-VI of 27.12.2019 came into force 10 days after its first publication, on a day in January 2020 not established: until then the earlier text applied (part 3 a warning up to 3 days; part 4 15 MCI or expulsion)
# 2016: no text of the Code before 2017 was read.
$ kzmig fine late-notification --on 2016-05-10 | grep -A2 Provisional
  Provisional:   the text of CAO art. 518 before Law 28-VI of 22.12.2016 came into force (10 days
                 after its publication, early January 2017; day not established) was not read: the
                 amounts of the 2017 text are applied
# The host's fine in 2017: 15 / 30 / 45 / 60 MCI (a private person too was fined).
$ kzmig fine late-notification --on 2017-06-01 --host individual --format json | jq -c '[.mci, .warning]'
[15,false]
# A part deleted in 2020 (518 p. 4, deals with an unlawfully staying foreigner).
$ kzmig fine deals --host medium --on 2019-05-01 --format json | jq -c '[.article, .mci]'
["CAO 518 part 4",75]
$ kzmig fine deals --on 2021-05-01
kzmig: --on: CAO 518 part 4 is not in force after 2020-01-31 (asked for 2021-05-01)
[exit 2]
# The list is of the texts in force on the day.
$ kzmig fine --list --on 2019-06-01 --format json | jq -r '.fines[].article' | paste -sd' '
CAO 518 part 1 CAO 518 part 2 CAO 518 part 3 CAO 518 part 4 CAO 518 part 5 CAO 517 part 1 CAO 517 part 2 CAO 517 part 3 CAO 517 part 4 CAO 517 part 5 CAO 517 part 6 CAO 517 part 7
# Duties: the permanent-residence duty only from 1 Jan 2022 (Law 382-VI).
$ kzmig fees --year 2019 --format json | jq -r '.periods[].duties[].id' | paste -sd' '
invitation exit-visa single-entry-visa multiple-entry-visa prp-exit-visa residence-card trp
$ kzmig fees --on 2022-01-01 --format json | jq -r '.periods[0].duties[] | select(.id == "prp") | [.mci, .provisional] | @tsv'
4	false
# Before 2018 (the Tax Code of 2008, not read): every rate is provisional, with why.
$ kzmig fees --on 2017-06-01 | sed -n 3,6p
  DUTY                                                MCI          KZT
  Invitation (letter of invitation), per invitee      0.5      1,134.5*
  Exit visa                                           0.5      1,134.5*
  Single entry-exit visa (issue or extension)           7       15,883*
$ kzmig fees --on 2017-06-01 --format json | jq -r '[.periods[0].duties[].provisional] | all'
true
# A deadline carries the fine of its own day's text: an overstay from 2 Jun 2018 is part 3,
# a warning for up to 3 days; the repeat is part 6.
$ kzmig due --arrival 2018-05-03 --citizenship US --today 2018-05-03 --format json | jq -c '.deadlines[] | select(.id == "stay-limit") | [.due, .fine.article, .fine.warning, .fine.repeat.article]'
["2018-06-01","CAO 517 part 3",true,"CAO 517 part 6"]
# ---- the regimes and terms of the day (doc/sources/stay-regimes-registration.md) ----
# 2016-2019: a visa-free immigrant held a TRP ("registration") from day 6 of the stay, the
# day of the crossing being day 1 (Decree 148 p. 9): Thu 3 May 2018 -> Mon 7 May.  The
# host's notice: Thu, Fri 4, Sat 5 May (a working Saturday by decree, for 7-9 May).
$ kzmig due --arrival 2018-05-03 --citizenship UZ --today 2018-05-03 --format json | jq -c '.deadlines[] | [.id, .due, .responsible, .provisional]'
["arrival-notification","2018-05-05","receiving-party",false]
["trp","2018-05-07","receiving-party",false]
["stay-limit","2018-06-01","immigrant",true]
# The same person on 3 May 2021: no registration since Law 292-VI; the 5 days of the
# KZ-UZ agreement (press reports only) make the TRP provisional, and say why.
$ kzmig due --arrival 2021-05-03 --citizenship UZ --today 2021-05-03 --format json | jq -r '.deadlines[] | select(.id == "trp") | .due, .provisional, .reason'
2021-05-07
true
apply at once: the 7 working days allowed for processing do not fit between the arrival and the due date; provisional: the 5 days come from press reports of the KZ-UZ agreement, whose text was not read; Kazakh law from January 2020 sets 30 days from the crossing for a visa-free stay
# Tajikistan before the MIA's list of 22 Jul 2019 is visa-free, not refused (provisional).
$ kzmig stay --citizenship TJ --arrival 2018-03-01 --format json | jq -c '[.per_entry, .last_legal_day, .provisional]'
[30,"2018-03-30",true]
# China's 14-day regime begins 8 Jul 2022 (Decree 464): a visa was needed in 2020.
$ kzmig stay --citizenship CN --arrival 2020-09-01 | sed -n 2p
visa required: the visa sets the stay
$ kzmig stay --citizenship CN --arrival 2022-07-08 --format json | jq -c '[.per_entry, .limit, .last_legal_day]'
[14,42,"2022-07-21"]
# The United States: 15 days in 2016 (Decree 148 p. 17, text of 2016), 30 with no cap in
# 2017, a visa while the list was suspended (from 17 Apr 2020, the first day unsettled).
$ kzmig stay --citizenship US --arrival 2016-05-10 --format json | jq -c '[.per_entry, .limit, .last_legal_day, .provisional]'
[15,null,"2016-05-24",false]
$ kzmig stay --citizenship US --arrival 2017-05-10 --format json | jq -c '[.per_entry, .limit, .last_legal_day, .provisional]'
[30,null,"2017-06-08",false]
$ kzmig stay --citizenship US --arrival 2020-06-01 --format json | jq -c '[.per_entry, .provisional]'
[null,true]
# Before Law 421-V (December 2015) the host owed no notice: the immigrant registered.
$ kzmig due --arrival 2015-05-04 --citizenship RU --today 2015-05-04 --format json | jq -c '.deadlines[] | [.id, .due, .status, .responsible]'
["trp","2015-05-09","upcoming","immigrant"]
["stay-limit","2015-08-01","upcoming","immigrant"]
["arrival-notification",null,"not-required","receiving-party"]
# Where to file is dated: eQonaq only from Decree 111 (2022).
$ kzmig due --arrival 2019-05-06 --citizenship KG --today 2019-05-06 | grep -A1 -m1 'Where'
                           Where: the host files on vmp.gov.kz or egov.kz with a digital signature,
                                  or at the migration police
$ kzmig due --arrival 2024-05-06 --citizenship KG --today 2024-05-06 | grep -A1 -m1 'Where'
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
