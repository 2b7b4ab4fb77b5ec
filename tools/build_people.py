"""Generate newsgraph/kb/people.jsonl (the people part of the actors knowledge base) from the tables below.

Usage: python tools/build_people.py [--out PATH]      (validates everything, then rewrites the file)

Output format ("newsgraph-people", version 1): UTF-8 JSON lines sorted by id. The first line is a header
``{"_format": "newsgraph-people", "version": 1, "sources": "..."}`` (loaders skip objects with "_format");
every other line is one person:

    {"id": "vladimir_putin",                  lowercase ascii snake_case, unique and stable
     "wikidata": null,                        a QID only when certain (none in ../shared/reference: all null)
     "names": {"fr": [...], "en": [...]},     French press forms first (full name, then the bare surname when
                                              it is distinctive), English forms
     "country": "RUS",                        ISO 3166 alpha-3 of nationality (XKX for Kosovo)
     "roles": [{"sector": "GOV", "title": "president", "start": "2000-05-07", "end": null}, ...],
     "org": null, "group": null}              key of the IGO / armed group of the latest role having one

A role is ``{"sector", "title", "start", "end"}`` plus ``"org"`` (IGO roles) or ``"group"`` (REB roles of an
armed group). Dates are ISO (YYYY-MM-01 when only the month is known); ``end`` null = in office as far as
known; roles are sorted by start. Sectors: GOV (heads of state/government, ministers), MIL (chiefs of
staff, military rulers, commanders), LEG (speakers), JUD, OPP (opposition and party leaders), REB (armed
group leaders), IGO (heads of international organisations), SPY, REL, BUS. IGO titles never reuse a
national title, so ``(country, title)`` lookups only return national office holders.

Table syntax (one person per line, inside the DATA blocks):

    @RUS                                   current country (ISO 3166 alpha-3) for the lines that follow
    id | fr names | en names | roles       person line; names separated by ";", "=" means "same as fr"
    # ...                                  comment

A role is ``[SECTOR[.KEY]:]title start end`` and roles are separated by ";". SECTOR defaults from the
title (see DEFAULT_SECTOR, else GOV); KEY is the organisation (sector IGO) or the armed group (sector REB).
Dates are YYYY-MM-DD, or YYYY-MM (written as the first day of the month); an end of "-" means in office.
A person line may end with ``| QID`` (only for QIDs found verbatim in ../shared/reference).

Checks before writing: unique snake_case ids, valid dates with start <= end, no overlapping roles of one
person with the same title, no French name shared by two people, and no bare (one-word) French name that
is the surname of another person in the file.

Facts: leaders with dates of office partly from CountryInfo.120116.txt and Phoenix.Countries.actors.txt
(Open Event Data Alliance / Parus Analytics, MIT licence), completed and updated from general knowledge of
public offices (2000-2026) with French press name forms.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

FORMAT = "newsgraph-people"
VERSION = 1
SOURCES = (
    "Written for newsgraph. Leaders and dates of office partly taken from CountryInfo.120116.txt and "
    "PETRARCH2 Phoenix.Countries.actors.txt (Open Event Data Alliance / Parus Analytics, MIT licence), "
    "completed and updated to 2026 from public records of offices; French name forms as used by the "
    "French-language press."
)

DEFAULT_SECTOR = {
    "chief_of_staff": "MIL",
    "army_chief": "MIL",
    "military_ruler": "MIL",
    "commander": "MIL",
    "speaker": "LEG",
    "opposition_leader": "OPP",
    "party_leader": "OPP",
    "leader": "REB",
    "chief_justice": "JUD",
    "prosecutor": "JUD",
}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "PTY", "ELI", "COP", "SPY", "REL", "CVL", "BUS"}

DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")

DATA: list[str] = []

# ---------------------------------------------------------------------------------------------- DATA

DATA.append(r"""
@FRA
jacques_chirac | Jacques Chirac; Chirac | = | president 1995-05-17 2007-05-16
nicolas_sarkozy | Nicolas Sarkozy; Sarkozy | = | interior_minister 2002-05-07 2004-03-31; interior_minister 2005-06-02 2007-03-26; president 2007-05-16 2012-05-15
francois_hollande | François Hollande; Hollande | = | president 2012-05-15 2017-05-14
emmanuel_macron | Emmanuel Macron; Macron | = | president 2017-05-14 -
lionel_jospin | Lionel Jospin; Jospin | = | prime_minister 1997-06-02 2002-05-06
jean_pierre_raffarin | Jean-Pierre Raffarin; Raffarin | = | prime_minister 2002-05-06 2005-05-31
dominique_de_villepin | Dominique de Villepin; Villepin; de Villepin | = | foreign_minister 2002-05-07 2004-03-31; interior_minister 2004-03-31 2005-05-31; prime_minister 2005-05-31 2007-05-17
francois_fillon | François Fillon; Fillon | = | prime_minister 2007-05-17 2012-05-15
jean_marc_ayrault | Jean-Marc Ayrault; Ayrault | = | prime_minister 2012-05-15 2014-03-31; foreign_minister 2016-02-11 2017-05-17
manuel_valls | Manuel Valls; Valls | = | interior_minister 2012-05-16 2014-03-31; prime_minister 2014-03-31 2016-12-06
bernard_cazeneuve | Bernard Cazeneuve; Cazeneuve | = | interior_minister 2014-04-02 2016-12-06; prime_minister 2016-12-06 2017-05-15
edouard_philippe | Édouard Philippe; Edouard Philippe | = | prime_minister 2017-05-15 2020-07-03
jean_castex | Jean Castex; Castex | = | prime_minister 2020-07-03 2022-05-16
elisabeth_borne | Élisabeth Borne; Elisabeth Borne | = | prime_minister 2022-05-16 2024-01-09
gabriel_attal | Gabriel Attal; Attal | = | prime_minister 2024-01-09 2024-09-05
michel_barnier | Michel Barnier; Barnier | = | foreign_minister 2004-03-31 2005-06-02; IGO.EU:chief_negotiator 2016-10-01 2021-03-31; prime_minister 2024-09-05 2024-12-13
francois_bayrou | François Bayrou; Bayrou | = | prime_minister 2024-12-13 2025-09-09
sebastien_lecornu | Sébastien Lecornu; Lecornu | = | defence_minister 2022-05-20 2025-10-12; prime_minister 2025-09-09 -
hubert_vedrine | Hubert Védrine; Védrine | Hubert Vedrine; Vedrine | foreign_minister 1997-06-04 2002-05-07
philippe_douste_blazy | Philippe Douste-Blazy; Douste-Blazy | = | foreign_minister 2005-06-02 2007-05-18
bernard_kouchner | Bernard Kouchner; Kouchner | = | foreign_minister 2007-05-18 2010-11-14
michele_alliot_marie | Michèle Alliot-Marie; Alliot-Marie | Michele Alliot-Marie; Alliot-Marie | defence_minister 2002-05-07 2007-05-18; interior_minister 2007-05-18 2009-06-23; foreign_minister 2010-11-14 2011-02-27
alain_juppe | Alain Juppé; Juppé | Alain Juppe; Juppe | prime_minister 1995-05-17 1997-06-02; defence_minister 2010-11-14 2011-02-27; foreign_minister 2011-02-27 2012-05-16
laurent_fabius | Laurent Fabius; Fabius | = | foreign_minister 2012-05-16 2016-02-11
jean_yves_le_drian | Jean-Yves Le Drian; Le Drian | = | defence_minister 2012-05-16 2017-05-17; foreign_minister 2017-05-17 2022-05-20
catherine_colonna | Catherine Colonna | = | foreign_minister 2022-05-20 2024-01-11
stephane_sejourne | Stéphane Séjourné; Séjourné | Stephane Sejourne | foreign_minister 2024-01-11 2024-09-21
jean_noel_barrot | Jean-Noël Barrot; Barrot | Jean-Noel Barrot | foreign_minister 2024-09-21 -
alain_richard | Alain Richard | = | defence_minister 1997-06-04 2002-05-07
herve_morin | Hervé Morin | Herve Morin | defence_minister 2007-05-18 2010-11-14
gerard_longuet | Gérard Longuet; Longuet | Gerard Longuet | defence_minister 2011-02-27 2012-05-16
sylvie_goulard | Sylvie Goulard; Goulard | = | defence_minister 2017-05-17 2017-06-21
florence_parly | Florence Parly; Parly | = | defence_minister 2017-06-21 2022-05-20
catherine_vautrin | Catherine Vautrin; Vautrin | = | defence_minister 2025-10-12 -
jean_pierre_chevenement | Jean-Pierre Chevènement; Chevènement | Jean-Pierre Chevenement | interior_minister 1997-06-04 2000-08-29
daniel_vaillant | Daniel Vaillant | = | interior_minister 2000-08-29 2002-05-07
francois_baroin | François Baroin; Baroin | Francois Baroin | interior_minister 2007-03-26 2007-05-18
brice_hortefeux | Brice Hortefeux; Hortefeux | = | interior_minister 2009-06-23 2011-02-27
claude_gueant | Claude Guéant; Guéant | Claude Gueant | interior_minister 2011-02-27 2012-05-16
bruno_le_roux | Bruno Le Roux | = | interior_minister 2016-12-06 2017-03-21
matthias_fekl | Matthias Fekl; Fekl | = | interior_minister 2017-03-21 2017-05-17
gerard_collomb | Gérard Collomb; Collomb | Gerard Collomb | interior_minister 2017-05-17 2018-10-03
christophe_castaner | Christophe Castaner; Castaner | = | interior_minister 2018-10-16 2020-07-06
gerald_darmanin | Gérald Darmanin; Darmanin | Gerald Darmanin | interior_minister 2020-07-06 2024-09-21; justice_minister 2024-12-23 -
bruno_retailleau | Bruno Retailleau; Retailleau | = | interior_minister 2024-09-21 2025-10-12
laurent_nunez | Laurent Nuñez; Laurent Nunez | = | interior_minister 2025-10-12 -
jean_marie_le_pen | Jean-Marie Le Pen | = | OPP:party_leader 1972-10-05 2011-01-16
marine_le_pen | Marine Le Pen | = | OPP:party_leader 2011-01-16 2022-11-05
jordan_bardella | Jordan Bardella; Bardella | = | OPP:party_leader 2022-11-05 -
jean_luc_melenchon | Jean-Luc Mélenchon; Mélenchon | Jean-Luc Melenchon; Melenchon | OPP:party_leader 2008-11 -
henri_bentegeat | Henri Bentégeat; Bentégeat | Henri Bentegeat | chief_of_staff 2002-10-28 2006-10-03
jean_louis_georgelin | Jean-Louis Georgelin; Georgelin | = | chief_of_staff 2006-10-03 2010-02-25
edouard_guillaud | Édouard Guillaud; Guillaud | Edouard Guillaud | chief_of_staff 2010-02-25 2014-02-15
pierre_de_villiers | Pierre de Villiers | = | chief_of_staff 2014-02-15 2017-07-19
francois_lecointre | François Lecointre; Lecointre | Francois Lecointre | chief_of_staff 2017-07-19 2021-07-22
thierry_burkhard | Thierry Burkhard; Burkhard | = | chief_of_staff 2021-07-22 2025-09-01
fabien_mandon | Fabien Mandon | = | chief_of_staff 2025-09-01 -
claude_bartolone | Claude Bartolone; Bartolone | = | speaker 2012-06-26 2017-06-20
richard_ferrand | Richard Ferrand | = | speaker 2018-09-12 2022-06-21
yael_braun_pivet | Yaël Braun-Pivet; Braun-Pivet | Yael Braun-Pivet | speaker 2022-06-28 -
gerard_larcher | Gérard Larcher; Larcher | Gerard Larcher | speaker 2008-10-01 2011-10-01; speaker 2014-10-01 -

@USA
bill_clinton | Bill Clinton | = | president 1993-01-20 2001-01-20
george_w_bush | George W. Bush; George Walker Bush; Bush | = | president 2001-01-20 2009-01-20
barack_obama | Barack Obama; Obama | = | president 2009-01-20 2017-01-20
donald_trump | Donald Trump; Trump | = | president 2017-01-20 2021-01-20; president 2025-01-20 -
joe_biden | Joe Biden; Joseph Biden; Biden | = | vice_president 2009-01-20 2017-01-20; president 2021-01-20 2025-01-20
al_gore | Al Gore; Gore | = | vice_president 1993-01-20 2001-01-20
dick_cheney | Dick Cheney; Cheney | = | vice_president 2001-01-20 2009-01-20; defence_minister 1989-03-21 1993-01-20
mike_pence | Mike Pence; Pence | = | vice_president 2017-01-20 2021-01-20
kamala_harris | Kamala Harris | = | vice_president 2021-01-20 2025-01-20
jd_vance | JD Vance; J. D. Vance; Vance | = | vice_president 2025-01-20 -
madeleine_albright | Madeleine Albright; Albright | = | foreign_minister 1997-01-23 2001-01-20
colin_powell | Colin Powell | = | foreign_minister 2001-01-20 2005-01-26
condoleezza_rice | Condoleezza Rice; Condoleeza Rice; Condi Rice | = | national_security_advisor 2001-01-20 2005-01-26; foreign_minister 2005-01-26 2009-01-20
hillary_clinton | Hillary Clinton; Hillary Rodham Clinton | = | foreign_minister 2009-01-21 2013-02-01
john_kerry | John Kerry; Kerry | = | foreign_minister 2013-02-01 2017-01-20
rex_tillerson | Rex Tillerson; Tillerson | = | foreign_minister 2017-02-01 2018-03-31
mike_pompeo | Mike Pompeo; Pompeo | = | foreign_minister 2018-04-26 2021-01-20
antony_blinken | Antony Blinken; Blinken | = | foreign_minister 2021-01-26 2025-01-20
marco_rubio | Marco Rubio; Rubio | = | foreign_minister 2025-01-21 -; national_security_advisor 2025-05-01 -
william_cohen | William Cohen | = | defence_minister 1997-01-24 2001-01-20
donald_rumsfeld | Donald Rumsfeld; Rumsfeld | = | defence_minister 2001-01-20 2006-12-18
robert_gates | Robert Gates | = | defence_minister 2006-12-18 2011-07-01
leon_panetta | Leon Panetta; Panetta | = | defence_minister 2011-07-01 2013-02-26
chuck_hagel | Chuck Hagel; Hagel | = | defence_minister 2013-02-27 2015-02-17
ashton_carter | Ashton Carter; Ash Carter | = | defence_minister 2015-02-17 2017-01-20
jim_mattis | Jim Mattis; James Mattis; Mattis | = | defence_minister 2017-01-20 2019-01-01
mark_esper | Mark Esper; Esper | = | defence_minister 2019-07-23 2020-11-09
lloyd_austin | Lloyd Austin | = | defence_minister 2021-01-22 2025-01-20
pete_hegseth | Pete Hegseth; Hegseth | = | defence_minister 2025-01-25 -
tom_ridge | Tom Ridge | = | interior_minister 2003-01-24 2005-02-01
michael_chertoff | Michael Chertoff; Chertoff | = | interior_minister 2005-02-15 2009-01-21
janet_napolitano | Janet Napolitano | = | interior_minister 2009-01-21 2013-09-06
jeh_johnson | Jeh Johnson | = | interior_minister 2013-12-23 2017-01-20
john_f_kelly | John Kelly; John F. Kelly | = | interior_minister 2017-01-20 2017-07-31
kirstjen_nielsen | Kirstjen Nielsen | = | interior_minister 2017-12-06 2019-04-10
alejandro_mayorkas | Alejandro Mayorkas; Mayorkas | = | interior_minister 2021-02-02 2025-01-20
kristi_noem | Kristi Noem; Noem | = | interior_minister 2025-01-25 -
hugh_shelton | Hugh Shelton | = | chief_of_staff 1997-10-01 2001-10-01
richard_myers | Richard Myers | = | chief_of_staff 2001-10-01 2005-09-30
peter_pace | Peter Pace | = | chief_of_staff 2005-09-30 2007-10-01
mike_mullen | Mike Mullen; Mullen | = | chief_of_staff 2007-10-01 2011-09-30
martin_dempsey | Martin Dempsey; Dempsey | = | chief_of_staff 2011-09-30 2015-09-25
joseph_dunford | Joseph Dunford; Dunford | = | chief_of_staff 2015-09-25 2019-09-30
mark_milley | Mark Milley; Milley | = | chief_of_staff 2019-10-01 2023-09-30
charles_q_brown | Charles Q. Brown | = | chief_of_staff 2023-10-01 2025-02-21
dan_caine | Dan Caine | = | chief_of_staff 2025-04-11 -
dennis_hastert | Dennis Hastert; Hastert | = | speaker 1999-01-06 2007-01-04
nancy_pelosi | Nancy Pelosi; Pelosi | = | speaker 2007-01-04 2011-01-05; speaker 2019-01-03 2023-01-03
john_boehner | John Boehner; Boehner | = | speaker 2011-01-05 2015-10-29
paul_ryan | Paul Ryan | = | speaker 2015-10-29 2019-01-03
kevin_mccarthy | Kevin McCarthy | = | speaker 2023-01-07 2023-10-03
mike_johnson | Mike Johnson | = | speaker 2023-10-25 -
david_petraeus | David Petraeus; Petraeus | = | MIL:commander 2007-02-10 2008-09-16; MIL:commander 2010-07-04 2011-07-18; SPY:cia_director 2011-09-06 2012-11-09
elon_musk | Elon Musk; Musk | = | BUS:business_leader 2002-05 -; GOV:doge_head 2025-01-20 2025-05-30

@RUS
boris_yeltsin | Boris Eltsine; Eltsine; Boris Ieltsine | Boris Yeltsin; Yeltsin | president 1991-07-10 1999-12-31
vladimir_putin | Vladimir Poutine; Poutine | Vladimir Putin; Putin | prime_minister 1999-08-09 2000-05-07; president 1999-12-31 2008-05-07; prime_minister 2008-05-08 2012-05-07; president 2012-05-07 -
dmitri_medvedev | Dmitri Medvedev; Dmitri Medvedev; Dmitri Anatolievitch Medvedev; Medvedev | Dmitry Medvedev; Dmitri Medvedev; Medvedev | president 2008-05-07 2012-05-07; prime_minister 2012-05-08 2020-01-15; security_council_deputy_chairman 2020-01-16 -
mikhail_kasyanov | Mikhaïl Kassianov; Kassianov | Mikhail Kasyanov; Kasyanov | prime_minister 2000-05-17 2004-02-24; OPP:opposition_leader 2006-01 -
mikhail_fradkov | Mikhaïl Fradkov; Fradkov | Mikhail Fradkov; Fradkov | prime_minister 2004-03-05 2007-09-12
viktor_zubkov | Viktor Zoubkov; Zoubkov | Viktor Zubkov; Zubkov | prime_minister 2007-09-14 2008-05-07
mikhail_mishustin | Mikhaïl Michoustine; Michoustine | Mikhail Mishustin; Mishustin | prime_minister 2020-01-16 -
igor_ivanov | Igor Ivanov | = | foreign_minister 1998-09-11 2004-03-09
sergei_lavrov | Sergueï Lavrov; Lavrov | Sergei Lavrov; Sergey Lavrov; Lavrov | foreign_minister 2004-03-09 -
igor_sergeyev | Igor Sergueïev | Igor Sergeyev | defence_minister 1997-05-22 2001-03-28
sergei_ivanov | Sergueï Ivanov | Sergei Ivanov | defence_minister 2001-03-28 2007-02-15
anatoly_serdyukov | Anatoli Serdioukov; Serdioukov | Anatoly Serdyukov; Serdyukov | defence_minister 2007-02-15 2012-11-06
sergei_shoigu | Sergueï Choïgou; Choïgou; Sergueï Choigou; Choigou | Sergei Shoigu; Shoigu | defence_minister 2012-11-06 2024-05-12; security_council_secretary 2024-05-12 -
andrei_belousov | Andreï Belooussov; Belooussov | Andrei Belousov; Belousov | defence_minister 2024-05-14 -
vladimir_rushailo | Vladimir Rouchaïlo | Vladimir Rushailo | interior_minister 1999-05-21 2001-03-28
boris_gryzlov | Boris Gryzlov; Gryzlov | = | interior_minister 2001-03-28 2003-12-24; speaker 2003-12-29 2011-12-14
rashid_nurgaliyev | Rachid Nourgaliev; Nourgaliev | Rashid Nurgaliyev; Nurgaliyev | interior_minister 2003-12-24 2012-05-21
vladimir_kolokoltsev | Vladimir Kolokoltsev; Kolokoltsev | = | interior_minister 2012-05-21 -
yuri_baluyevsky | Iouri Balouïevski | Yuri Baluyevsky | chief_of_staff 2004-07-19 2008-06-03
nikolai_makarov | Nikolaï Makarov | Nikolai Makarov | chief_of_staff 2008-06-03 2012-11-09
valery_gerasimov | Valeri Guerassimov; Guerassimov | Valery Gerasimov; Gerasimov | chief_of_staff 2012-11-09 -
sergei_naryshkin | Sergueï Narychkine; Narychkine | Sergei Naryshkin; Naryshkin | speaker 2011-12-21 2016-10-05; SPY:intelligence_director 2016-10-05 -
vyacheslav_volodin | Viatcheslav Volodine; Volodine | Vyacheslav Volodin; Volodin | speaker 2016-10-05 -
dmitry_peskov | Dmitri Peskov; Peskov | Dmitry Peskov; Peskov | spokesperson 2012-05-22 -
maria_zakharova | Maria Zakharova; Zakharova | = | spokesperson 2015-08-10 -
alexei_navalny | Alexeï Navalny; Navalny; Alexei Navalny | Alexei Navalny; Navalny | OPP:opposition_leader 2011-12 2024-02-16
yevgeny_prigozhin | Evgueni Prigojine; Prigojine | Yevgeny Prigozhin; Prigozhin | REB.WAGNER:leader 2014-05 2023-08-23

@CHN
jiang_zemin | Jiang Zemin | = | party_general_secretary 1989-06-24 2002-11-15; president 1993-03-27 2003-03-15
hu_jintao | Hu Jintao | = | party_general_secretary 2002-11-15 2012-11-15; president 2003-03-15 2013-03-14
xi_jinping | Xi Jinping | = | party_general_secretary 2012-11-15 -; president 2013-03-14 -
zhu_rongji | Zhu Rongji | = | prime_minister 1998-03-17 2003-03-16
wen_jiabao | Wen Jiabao | = | prime_minister 2003-03-16 2013-03-15
li_keqiang | Li Keqiang | = | prime_minister 2013-03-15 2023-03-11
li_qiang | Li Qiang | = | prime_minister 2023-03-11 -
tang_jiaxuan | Tang Jiaxuan | = | foreign_minister 1998-03-18 2003-03-17
li_zhaoxing | Li Zhaoxing | = | foreign_minister 2003-03-17 2007-04-27
yang_jiechi | Yang Jiechi | = | foreign_minister 2007-04-27 2013-03-16
wang_yi | Wang Yi | = | foreign_minister 2013-03-16 2022-12-30; foreign_minister 2023-07-25 -
qin_gang | Qin Gang | = | foreign_minister 2022-12-30 2023-07-25
chi_haotian | Chi Haotian | = | defence_minister 1993-03 2003-03-17
cao_gangchuan | Cao Gangchuan | = | defence_minister 2003-03-17 2008-03-17
liang_guanglie | Liang Guanglie | = | defence_minister 2008-03-17 2013-03-16
chang_wanquan | Chang Wanquan | = | defence_minister 2013-03-16 2018-03-19
wei_fenghe | Wei Fenghe | = | defence_minister 2018-03-19 2023-03-12
li_shangfu | Li Shangfu | = | defence_minister 2023-03-12 2023-10-24
dong_jun | Dong Jun | = | defence_minister 2023-12-29 -
zhou_yongkang | Zhou Yongkang | = | interior_minister 2002-12-28 2007-10-30
meng_jianzhu | Meng Jianzhu | = | interior_minister 2007-10-30 2012-12-28
guo_shengkun | Guo Shengkun | = | interior_minister 2012-12-28 2017-11-04
zhao_kezhi | Zhao Kezhi | = | interior_minister 2017-11-04 2022-06-24
wang_xiaohong | Wang Xiaohong | = | interior_minister 2022-06-24 -

@TWN
chen_shui_bian | Chen Shui-bian | = | president 2000-05-20 2008-05-20
ma_ying_jeou | Ma Ying-jeou | = | president 2008-05-20 2016-05-20
tsai_ing_wen | Tsai Ing-wen | = | president 2016-05-20 2024-05-20
lai_ching_te | Lai Ching-te; William Lai | = | president 2024-05-20 -
""")

DATA.append(r"""
@GBR
elizabeth_ii | Elizabeth II; la reine Elizabeth; la reine Elizabeth II | Elizabeth II; Queen Elizabeth; Queen Elizabeth II | queen 1952-02-06 2022-09-08
charles_iii | Charles III; le roi Charles; le roi Charles III; le prince Charles | Charles III; King Charles; Prince Charles | king 2022-09-08 -
tony_blair | Tony Blair; Blair | = | prime_minister 1997-05-02 2007-06-27
gordon_brown | Gordon Brown | = | prime_minister 2007-06-27 2010-05-11
david_cameron | David Cameron; Cameron | = | OPP:opposition_leader 2005-12-06 2010-05-11; prime_minister 2010-05-11 2016-07-13; foreign_minister 2023-11-13 2024-07-05
theresa_may | Theresa May | = | interior_minister 2010-05-12 2016-07-13; prime_minister 2016-07-13 2019-07-24
boris_johnson | Boris Johnson | = | foreign_minister 2016-07-13 2018-07-09; prime_minister 2019-07-24 2022-09-06
liz_truss | Liz Truss; Truss | = | foreign_minister 2021-09-15 2022-09-06; prime_minister 2022-09-06 2022-10-25
rishi_sunak | Rishi Sunak; Sunak | = | finance_minister 2020-02-13 2022-07-05; prime_minister 2022-10-25 2024-07-05; OPP:opposition_leader 2024-07-05 2024-11-02
keir_starmer | Keir Starmer; Starmer | = | OPP:opposition_leader 2020-04-04 2024-07-05; prime_minister 2024-07-05 -
robin_cook | Robin Cook | = | foreign_minister 1997-05-02 2001-06-08
jack_straw | Jack Straw; Straw | = | interior_minister 1997-05-02 2001-06-08; foreign_minister 2001-06-08 2006-05-05
margaret_beckett | Margaret Beckett | = | foreign_minister 2006-05-05 2007-06-28
david_miliband | David Miliband | = | foreign_minister 2007-06-28 2010-05-11
ed_miliband | Ed Miliband | = | OPP:opposition_leader 2010-09-25 2015-05-08
william_hague | William Hague; Hague | = | OPP:opposition_leader 1997-06-19 2001-09-13; foreign_minister 2010-05-12 2014-07-14
philip_hammond | Philip Hammond; Hammond | = | defence_minister 2011-10-14 2014-07-15; foreign_minister 2014-07-15 2016-07-13
jeremy_hunt | Jeremy Hunt | = | foreign_minister 2018-07-09 2019-07-24; finance_minister 2022-10-14 2024-07-05
dominic_raab | Dominic Raab; Raab | = | foreign_minister 2019-07-24 2021-09-15
james_cleverly | James Cleverly; Cleverly | = | foreign_minister 2022-09-06 2023-11-13; interior_minister 2023-11-13 2024-07-05
david_lammy | David Lammy; Lammy | = | foreign_minister 2024-07-05 2025-09-05
yvette_cooper | Yvette Cooper | = | interior_minister 2024-07-05 2025-09-05; foreign_minister 2025-09-05 -
geoff_hoon | Geoff Hoon; Hoon | = | defence_minister 1999-10-11 2005-05-06
john_reid | John Reid | = | defence_minister 2005-05-06 2006-05-05; interior_minister 2006-05-05 2007-06-28
des_browne | Des Browne | = | defence_minister 2006-05-05 2008-10-03
john_hutton | John Hutton | = | defence_minister 2008-10-03 2009-06-05
bob_ainsworth | Bob Ainsworth | = | defence_minister 2009-06-05 2010-05-11
liam_fox | Liam Fox | = | defence_minister 2010-05-12 2011-10-14
michael_fallon | Michael Fallon | = | defence_minister 2014-07-15 2017-11-01
gavin_williamson | Gavin Williamson | = | defence_minister 2017-11-02 2019-05-01
penny_mordaunt | Penny Mordaunt; Mordaunt | = | defence_minister 2019-05-01 2019-07-24
ben_wallace | Ben Wallace | = | defence_minister 2019-07-24 2023-08-31
grant_shapps | Grant Shapps; Shapps | = | interior_minister 2022-10-19 2022-10-25; defence_minister 2023-08-31 2024-07-05
john_healey | John Healey; Healey | = | defence_minister 2024-07-05 -
david_blunkett | David Blunkett; Blunkett | = | interior_minister 2001-06-08 2004-12-15
charles_clarke | Charles Clarke | = | interior_minister 2004-12-15 2006-05-05
jacqui_smith | Jacqui Smith | = | interior_minister 2007-06-28 2009-06-05
alan_johnson | Alan Johnson | = | interior_minister 2009-06-05 2010-05-11
amber_rudd | Amber Rudd | = | interior_minister 2016-07-13 2018-04-29
sajid_javid | Sajid Javid; Javid | = | interior_minister 2018-04-30 2019-07-24
priti_patel | Priti Patel | = | interior_minister 2019-07-24 2022-09-06
suella_braverman | Suella Braverman; Braverman | = | interior_minister 2022-09-06 2022-10-19; interior_minister 2022-10-25 2023-11-13
shabana_mahmood | Shabana Mahmood | = | interior_minister 2025-09-05 -
iain_duncan_smith | Iain Duncan Smith | = | OPP:opposition_leader 2001-09-13 2003-11-06
michael_howard | Michael Howard | = | OPP:opposition_leader 2003-11-06 2005-12-06
jeremy_corbyn | Jeremy Corbyn; Corbyn | = | OPP:opposition_leader 2015-09-12 2020-04-04
kemi_badenoch | Kemi Badenoch; Badenoch | = | OPP:opposition_leader 2024-11-02 -
nigel_farage | Nigel Farage; Farage | = | OPP:party_leader 2006-09 2009-11; OPP:party_leader 2010-11 2016-09; OPP:party_leader 2019-03 2021-03; OPP:party_leader 2024-06-03 -

@DEU
gerhard_schroder | Gerhard Schröder; Schröder; Gerhard Schroeder | Gerhard Schroeder; Gerhard Schröder; Schroeder | chancellor 1998-10-27 2005-11-22
angela_merkel | Angela Merkel; Merkel | = | chancellor 2005-11-22 2021-12-08
olaf_scholz | Olaf Scholz; Scholz | = | chancellor 2021-12-08 2025-05-06
friedrich_merz | Friedrich Merz; Merz | = | chancellor 2025-05-06 -
johannes_rau | Johannes Rau | = | president 1999-07-01 2004-06-30
horst_kohler | Horst Köhler; Köhler; Horst Koehler | Horst Koehler; Horst Köhler | IGO.IMF:managing_director 2000-05-01 2004-03-04; president 2004-07-01 2010-05-31
christian_wulff | Christian Wulff; Wulff | = | president 2010-06-30 2012-02-17
joachim_gauck | Joachim Gauck; Gauck | = | president 2012-03-18 2017-03-18
frank_walter_steinmeier | Frank-Walter Steinmeier; Steinmeier | = | foreign_minister 2005-11-22 2009-10-28; foreign_minister 2013-12-17 2017-01-27; president 2017-03-19 -
joschka_fischer | Joschka Fischer | = | foreign_minister 1998-10-27 2005-11-22
guido_westerwelle | Guido Westerwelle; Westerwelle | = | foreign_minister 2009-10-28 2013-12-17
sigmar_gabriel | Sigmar Gabriel | = | foreign_minister 2017-01-27 2018-03-14
heiko_maas | Heiko Maas; Maas | = | foreign_minister 2018-03-14 2021-12-08
annalena_baerbock | Annalena Baerbock; Baerbock | = | foreign_minister 2021-12-08 2025-05-06
johann_wadephul | Johann Wadephul; Wadephul | = | foreign_minister 2025-05-06 -
rudolf_scharping | Rudolf Scharping; Scharping | = | defence_minister 1998-10-27 2002-07-19
peter_struck | Peter Struck | = | defence_minister 2002-07-19 2005-11-22
franz_josef_jung | Franz Josef Jung | = | defence_minister 2005-11-22 2009-10-28
karl_theodor_zu_guttenberg | Karl-Theodor zu Guttenberg; zu Guttenberg; Guttenberg | = | defence_minister 2009-10-28 2011-03-03
thomas_de_maiziere | Thomas de Maizière; de Maizière | Thomas de Maiziere | interior_minister 2009-10-28 2011-03-03; defence_minister 2011-03-03 2013-12-17; interior_minister 2013-12-17 2018-03-14
ursula_von_der_leyen | Ursula von der Leyen; von der Leyen | = | defence_minister 2013-12-17 2019-07-17; IGO.EU:commission_president 2019-12-01 -
annegret_kramp_karrenbauer | Annegret Kramp-Karrenbauer; Kramp-Karrenbauer; AKK | = | defence_minister 2019-07-17 2021-12-08
christine_lambrecht | Christine Lambrecht | = | defence_minister 2021-12-08 2023-01-19
boris_pistorius | Boris Pistorius; Pistorius | = | defence_minister 2023-01-19 -
otto_schily | Otto Schily; Schily | = | interior_minister 1998-10-27 2005-11-22
wolfgang_schauble | Wolfgang Schäuble; Schäuble; Wolfgang Schaeuble | Wolfgang Schaeuble; Wolfgang Schäuble; Schaeuble | interior_minister 2005-11-22 2009-10-28; finance_minister 2009-10-28 2017-10-24; speaker 2017-10-24 2021-10-26
hans_peter_friedrich | Hans-Peter Friedrich | = | interior_minister 2011-03-03 2013-12-17
horst_seehofer | Horst Seehofer; Seehofer | = | interior_minister 2018-03-14 2021-12-08
nancy_faeser | Nancy Faeser; Faeser | = | interior_minister 2021-12-08 2025-05-06
alexander_dobrindt | Alexander Dobrindt; Dobrindt | = | interior_minister 2025-05-06 -
norbert_lammert | Norbert Lammert; Lammert | = | speaker 2005-10-18 2017-10-24

@ITA
carlo_azeglio_ciampi | Carlo Azeglio Ciampi; Ciampi | = | president 1999-05-18 2006-05-15
giorgio_napolitano | Giorgio Napolitano | = | president 2006-05-15 2015-01-14
sergio_mattarella | Sergio Mattarella; Mattarella | = | defence_minister 1999-12-22 2001-06-11; president 2015-02-03 -
massimo_dalema | Massimo D'Alema; D'Alema | = | prime_minister 1998-10-21 2000-04-25; foreign_minister 2006-05-17 2008-05-08
giuliano_amato | Giuliano Amato; Amato | = | prime_minister 2000-04-26 2001-06-11; interior_minister 2006-05-17 2008-05-08
silvio_berlusconi | Silvio Berlusconi; Berlusconi; le Cavaliere | = | prime_minister 1994-05-10 1995-01-17; prime_minister 2001-06-11 2006-05-17; foreign_minister 2002-01-14 2002-11-14; prime_minister 2008-05-08 2011-11-16
romano_prodi | Romano Prodi; Prodi | = | IGO.EU:commission_president 1999-09-16 2004-11-21; prime_minister 2006-05-17 2008-05-08
mario_monti | Mario Monti; Monti | = | prime_minister 2011-11-16 2013-04-28
enrico_letta | Enrico Letta; Letta | = | prime_minister 2013-04-28 2014-02-22
matteo_renzi | Matteo Renzi; Renzi | = | prime_minister 2014-02-22 2016-12-12
paolo_gentiloni | Paolo Gentiloni; Gentiloni | = | foreign_minister 2014-10-31 2016-12-12; prime_minister 2016-12-12 2018-06-01
giuseppe_conte | Giuseppe Conte | = | prime_minister 2018-06-01 2021-02-13
mario_draghi | Mario Draghi; Draghi | = | IGO.ECB:central_bank_president 2011-11-01 2019-10-31; prime_minister 2021-02-13 2022-10-22
giorgia_meloni | Giorgia Meloni; Meloni | = | prime_minister 2022-10-22 -
lamberto_dini | Lamberto Dini | = | foreign_minister 1996-05-18 2001-06-11
renato_ruggiero | Renato Ruggiero | = | foreign_minister 2001-06-11 2002-01-14
franco_frattini | Franco Frattini; Frattini | = | foreign_minister 2002-11-14 2004-11-18; foreign_minister 2008-05-08 2011-11-16
gianfranco_fini | Gianfranco Fini | = | foreign_minister 2004-11-18 2006-05-17; speaker 2008-04-30 2013-03-14
giulio_terzi | Giulio Terzi | = | foreign_minister 2011-11-16 2013-03-26
emma_bonino | Emma Bonino; Bonino | = | foreign_minister 2013-04-28 2014-02-22
federica_mogherini | Federica Mogherini; Mogherini | = | foreign_minister 2014-02-22 2014-10-31; IGO.EU:high_representative 2014-11-01 2019-11-30
angelino_alfano | Angelino Alfano; Alfano | = | interior_minister 2013-04-28 2016-12-12; foreign_minister 2016-12-12 2018-06-01
enzo_moavero_milanesi | Enzo Moavero Milanesi | = | foreign_minister 2018-06-01 2019-09-05
luigi_di_maio | Luigi Di Maio; Di Maio | = | foreign_minister 2019-09-05 2022-10-22
antonio_tajani | Antonio Tajani; Tajani | = | IGO.EU:parliament_president 2017-01-17 2019-07-03; foreign_minister 2022-10-22 -
antonio_martino | Antonio Martino | = | defence_minister 2001-06-11 2006-05-17
arturo_parisi | Arturo Parisi | = | defence_minister 2006-05-17 2008-05-08
ignazio_la_russa | Ignazio La Russa; La Russa | = | defence_minister 2008-05-08 2011-11-16; speaker 2022-10-13 -
giampaolo_di_paola | Giampaolo Di Paola | = | defence_minister 2011-11-16 2013-04-28
mario_mauro | Mario Mauro | = | defence_minister 2013-04-28 2014-02-22
roberta_pinotti | Roberta Pinotti; Pinotti | = | defence_minister 2014-02-22 2018-06-01
elisabetta_trenta | Elisabetta Trenta | = | defence_minister 2018-06-01 2019-09-05
lorenzo_guerini | Lorenzo Guerini | = | defence_minister 2019-09-05 2022-10-22
guido_crosetto | Guido Crosetto; Crosetto | = | defence_minister 2022-10-22 -
claudio_scajola | Claudio Scajola; Scajola | = | interior_minister 2001-06-11 2002-07-03
giuseppe_pisanu | Giuseppe Pisanu; Pisanu | = | interior_minister 2002-07-03 2006-05-17
roberto_maroni | Roberto Maroni; Maroni | = | interior_minister 2008-05-08 2011-11-16
annamaria_cancellieri | Annamaria Cancellieri | = | interior_minister 2011-11-16 2013-04-28
marco_minniti | Marco Minniti; Minniti | = | interior_minister 2016-12-12 2018-06-01
matteo_salvini | Matteo Salvini; Salvini | = | interior_minister 2018-06-01 2019-09-05
luciana_lamorgese | Luciana Lamorgese; Lamorgese | = | interior_minister 2019-09-05 2022-10-22
matteo_piantedosi | Matteo Piantedosi; Piantedosi | = | interior_minister 2022-10-22 -

@ESP
juan_carlos_i | Juan Carlos Ier; Juan Carlos I; le roi Juan Carlos | Juan Carlos I; King Juan Carlos | king 1975-11-22 2014-06-19
felipe_vi | Felipe VI; le roi Felipe | Felipe VI; King Felipe | king 2014-06-19 -
jose_maria_aznar | José María Aznar; Aznar; José Maria Aznar | Jose Maria Aznar; José María Aznar; Aznar | prime_minister 1996-05-05 2004-04-17
jose_luis_rodriguez_zapatero | José Luis Rodríguez Zapatero; José Luis Zapatero; Zapatero | Jose Luis Rodriguez Zapatero; Zapatero | prime_minister 2004-04-17 2011-12-21
mariano_rajoy | Mariano Rajoy; Rajoy | = | interior_minister 2001-02-28 2002-07-10; prime_minister 2011-12-21 2018-06-02
pedro_sanchez | Pedro Sánchez; Pedro Sanchez | = | prime_minister 2018-06-02 -
josep_pique | Josep Piqué | Josep Pique | foreign_minister 2000-04-28 2002-07-10
ana_palacio | Ana Palacio | = | foreign_minister 2002-07-10 2004-04-18
miguel_angel_moratinos | Miguel Ángel Moratinos; Moratinos | Miguel Angel Moratinos; Moratinos | foreign_minister 2004-04-18 2010-10-21
trinidad_jimenez | Trinidad Jiménez | Trinidad Jimenez | foreign_minister 2010-10-21 2011-12-22
jose_manuel_garcia_margallo | José Manuel García-Margallo; García-Margallo | Jose Manuel Garcia-Margallo | foreign_minister 2011-12-22 2016-11-04
alfonso_dastis | Alfonso Dastis | = | foreign_minister 2016-11-04 2018-06-07
josep_borrell | Josep Borrell; Borrell | = | IGO.EU:parliament_president 2004-07-20 2007-01-16; foreign_minister 2018-06-07 2019-11-30; IGO.EU:high_representative 2019-12-01 2024-11-30
arancha_gonzalez_laya | Arancha González Laya | Arancha Gonzalez Laya | foreign_minister 2020-01-13 2021-07-12
jose_manuel_albares | José Manuel Albares; Albares | Jose Manuel Albares | foreign_minister 2021-07-12 -
federico_trillo | Federico Trillo | = | defence_minister 2000-04-28 2004-04-18
jose_bono | José Bono | Jose Bono | defence_minister 2004-04-18 2006-04-07
jose_antonio_alonso | José Antonio Alonso | Jose Antonio Alonso | interior_minister 2004-04-18 2006-04-07; defence_minister 2006-04-07 2008-04-14
carme_chacon | Carme Chacón | Carme Chacon | defence_minister 2008-04-14 2011-12-22
pedro_morenes | Pedro Morenés | Pedro Morenes | defence_minister 2011-12-22 2016-11-04
maria_dolores_de_cospedal | María Dolores de Cospedal; Cospedal | Maria Dolores de Cospedal | defence_minister 2016-11-04 2018-06-07
margarita_robles | Margarita Robles | = | defence_minister 2018-06-07 -
angel_acebes | Ángel Acebes; Acebes | Angel Acebes | interior_minister 2002-07-10 2004-04-18
alfredo_perez_rubalcaba | Alfredo Pérez Rubalcaba; Rubalcaba | Alfredo Perez Rubalcaba | interior_minister 2006-04-07 2011-07-11
jorge_fernandez_diaz | Jorge Fernández Díaz | Jorge Fernandez Diaz | interior_minister 2011-12-22 2016-11-04
juan_ignacio_zoido | Juan Ignacio Zoido | = | interior_minister 2016-11-04 2018-06-07
fernando_grande_marlaska | Fernando Grande-Marlaska; Grande-Marlaska | = | interior_minister 2018-06-07 -
carles_puigdemont | Carles Puigdemont; Puigdemont | = | regional_president 2016-01-10 2017-10-27
""")

DATA.append(r"""
@UKR
leonid_kuchma | Léonid Koutchma; Leonid Koutchma; Koutchma | Leonid Kuchma; Kuchma | president 1994-07-19 2005-01-23
viktor_yushchenko | Viktor Iouchtchenko; Iouchtchenko | Viktor Yushchenko; Yushchenko | prime_minister 1999-12-22 2001-05-29; president 2005-01-23 2010-02-25
viktor_yanukovych | Viktor Ianoukovitch; Ianoukovitch | Viktor Yanukovych; Yanukovych | prime_minister 2002-11-21 2005-01-05; prime_minister 2006-08-04 2007-12-18; president 2010-02-25 2014-02-22
oleksandr_turchynov | Oleksandr Tourtchynov; Olexandre Tourtchinov; Tourtchynov | Oleksandr Turchynov; Turchynov | president 2014-02-23 2014-06-07; speaker 2014-02-22 2014-11-27
petro_poroshenko | Petro Porochenko; Porochenko | Petro Poroshenko; Poroshenko | foreign_minister 2009-10-09 2010-03-11; president 2014-06-07 2019-05-20; OPP:party_leader 2019-05-20 -
volodymyr_zelensky | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenski; Zelensky; Zelenski; Zelenskyy | Volodymyr Zelenskyy; Volodymyr Zelensky; Zelenskyy; Zelensky | president 2019-05-20 -
anatoliy_kinakh | Anatoli Kinakh | Anatoliy Kinakh | prime_minister 2001-05-29 2002-11-21
yulia_tymoshenko | Ioulia Timochenko; Timochenko; Ioulia Tymochenko | Yulia Tymoshenko; Tymoshenko | prime_minister 2005-01-24 2005-09-08; prime_minister 2007-12-18 2010-03-04; OPP:opposition_leader 2010-03-04 2014-02-22
yuriy_yekhanurov | Iouri Iekhanourov | Yuriy Yekhanurov | prime_minister 2005-09-22 2006-08-04; defence_minister 2007-12-18 2009-06-05
mykola_azarov | Mykola Azarov; Azarov | = | prime_minister 2010-03-11 2014-01-28
arseniy_yatsenyuk | Arseni Iatseniouk; Arseniy Iatseniouk; Iatseniouk | Arseniy Yatsenyuk; Yatsenyuk | foreign_minister 2007-03-21 2007-12-04; prime_minister 2014-02-27 2016-04-14
volodymyr_groysman | Volodymyr Groïsman; Groïsman; Volodymyr Hroïsman | Volodymyr Groysman; Groysman | prime_minister 2016-04-14 2019-08-29
oleksiy_honcharuk | Oleksiy Hontcharouk; Hontcharouk | Oleksiy Honcharuk; Honcharuk | prime_minister 2019-08-29 2020-03-04
denys_shmyhal | Denys Chmyhal; Denys Shmyhal; Chmyhal | Denys Shmyhal; Shmyhal | prime_minister 2020-03-04 2025-07-17; defence_minister 2025-07-17 -
yulia_svyrydenko | Ioulia Svyrydenko; Svyrydenko | Yulia Svyrydenko; Svyrydenko | prime_minister 2025-07-17 -
borys_tarasyuk | Borys Tarassiouk; Tarassiouk | Borys Tarasyuk; Tarasyuk | foreign_minister 1998-04-17 2000-09-29; foreign_minister 2005-02-04 2007-01-30
anatoliy_zlenko | Anatoli Zlenko | Anatoliy Zlenko | foreign_minister 2000-10-02 2003-09-02
kostyantyn_gryshchenko | Kostiantyn Grychtchenko; Konstantin Grichtchenko | Kostyantyn Gryshchenko | foreign_minister 2003-09-02 2005-02-03; foreign_minister 2010-03-11 2012-12-24
volodymyr_ohryzko | Volodymyr Ohryzko | = | foreign_minister 2007-12-18 2009-03-03
leonid_kozhara | Leonid Kojara | Leonid Kozhara | foreign_minister 2012-12-24 2014-02-23
andrii_deshchytsia | Andriï Dechtchytsia | Andrii Deshchytsia | foreign_minister 2014-02-27 2014-06-19
pavlo_klimkin | Pavlo Klimkine; Klimkine | Pavlo Klimkin; Klimkin | foreign_minister 2014-06-19 2019-08-29
vadym_prystaiko | Vadym Prystaïko; Prystaïko | Vadym Prystaiko | foreign_minister 2019-08-29 2020-03-04
dmytro_kuleba | Dmytro Kouleba; Kouleba | Dmytro Kuleba; Kuleba | foreign_minister 2020-03-04 2024-09-05
andrii_sybiha | Andriï Sybiha; Andrii Sybiha; Sybiha | Andrii Sybiha; Sybiha | foreign_minister 2024-09-05 -
anatoliy_hrytsenko | Anatoli Hrytsenko | Anatoliy Hrytsenko | defence_minister 2005-02-04 2007-12-18
valeriy_heletey | Valeri Heleteï | Valeriy Heletey | defence_minister 2014-07-03 2014-10-14
stepan_poltorak | Stepan Poltorak | = | defence_minister 2014-10-14 2019-08-29
andriy_zahorodniuk | Andriï Zagorodniouk | Andriy Zahorodniuk | defence_minister 2019-08-29 2020-03-04
andriy_taran | Andriï Taran | Andriy Taran | defence_minister 2020-03-04 2021-11-03
oleksii_reznikov | Oleksiï Reznikov; Reznikov | Oleksii Reznikov; Reznikov | defence_minister 2021-11-04 2023-09-06
rustem_umerov | Roustem Oumerov; Oumerov | Rustem Umerov; Umerov | defence_minister 2023-09-06 2025-07-17; security_council_secretary 2025-07-17 -
yuriy_lutsenko | Iouri Loutsenko; Loutsenko | Yuriy Lutsenko; Lutsenko | interior_minister 2005-02-04 2006-12-01; interior_minister 2007-12-18 2010-01-28; JUD:prosecutor_general 2016-05-12 2019-08-29
vitaliy_zakharchenko | Vitali Zakhartchenko | Vitaliy Zakharchenko | interior_minister 2011-11-07 2014-02-21
arsen_avakov | Arsen Avakov; Avakov | = | interior_minister 2014-02-22 2021-07-15
denys_monastyrsky | Denys Monastyrsky | = | interior_minister 2021-07-16 2023-01-18
ihor_klymenko | Ihor Klymenko | = | interior_minister 2023-02-07 -
valerii_zaluzhnyi | Valeri Zaloujny; Valeri Zaloujnyi; Zaloujny | Valerii Zaluzhnyi; Zaluzhnyi | chief_of_staff 2021-07-27 2024-02-08
oleksandr_syrskyi | Oleksandr Syrsky; Oleksandr Syrskyi; Syrsky | Oleksandr Syrskyi; Syrskyi | chief_of_staff 2024-02-08 -
vitali_klitschko | Vitali Klitschko; Klitschko | = | mayor 2014-06-05 -
alexander_zakharchenko | Alexandre Zakhartchenko; Oleksandr Zakhartchenko | Alexander Zakharchenko | REB.DPR:leader 2014-11-04 2018-08-31
denis_pushilin | Denis Pouchiline; Pouchiline | Denis Pushilin; Pushilin | REB.DPR:leader 2018-09-07 -

@SYR
bashar_al_assad | Bachar al-Assad; Bachar el-Assad; Bachar Al-Assad; Bachar Assad; al-Assad; el-Assad; Assad | Bashar al-Assad; Bashar Assad; al-Assad; Assad | president 2000-07-17 2024-12-08
ahmed_al_sharaa | Ahmed al-Charaa; Ahmad al-Charaa; Ahmed al-Chareh; Ahmad al-Chareh; Ahmed al-Sharaa; Abou Mohammed al-Joulani; Abou Mohammad al-Joulani; Abou Mohammed al-Jolani; al-Joulani; Joulani; Jolani | Ahmed al-Sharaa; Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani | REB.AL_NUSRA:leader 2012-01 2017-01-28; REB.HTS:leader 2017-01-28 2025-01-29; president 2025-01-29 -
mohammed_mustafa_miro | Mohammed Moustafa Miro | Muhammad Mustafa Mero | prime_minister 2000-03-13 2003-09-10
naji_al_otari | Naji al-Otari; Naji Otri | Muhammad Naji al-Otari | prime_minister 2003-09-10 2011-04-14
adel_safar | Adel Safar | = | prime_minister 2011-04-14 2012-06-23
riyad_hijab | Riad Hijab; Riyad Hijab | Riyad Farid Hijab; Riad Hijab | prime_minister 2012-06-23 2012-08-06; OPP:opposition_leader 2015-12 2018-11
wael_al_halqi | Waël al-Halqi; Wael al-Halqi | Wael al-Halqi | prime_minister 2012-08-09 2016-07-03
imad_khamis | Imad Khamis | = | prime_minister 2016-07-03 2020-08-30
hussein_arnous | Hussein Arnous | = | prime_minister 2020-08-30 2024-09-14
mohammad_ghazi_al_jalali | Mohammed Ghazi al-Jalali | Mohammad Ghazi al-Jalali | prime_minister 2024-09-14 2024-12-10
mohammed_al_bashir | Mohammed al-Bachir | Mohammed al-Bashir | prime_minister 2024-12-10 2025-03-29
farouk_al_sharaa | Farouk al-Charaa; Farouk al-Chareh | Farouk al-Sharaa | foreign_minister 1984-03-11 2006-02-11; vice_president 2006-02-11 2014-07
walid_muallem | Walid Mouallem; Walid al-Mouallem; Mouallem | Walid Muallem; Walid al-Moallem; Muallem | foreign_minister 2006-02-11 2020-11-16
faisal_mekdad | Fayçal Meqdad; Faisal Mekdad; Meqdad | Faisal Mekdad; Mekdad | foreign_minister 2020-11-22 2024-12-08
asaad_al_shaibani | Assaad al-Chaibani; Asaad al-Chaibani; Chaibani | Asaad al-Shaibani; Shaibani | foreign_minister 2024-12-21 -
mustafa_tlass | Moustafa Tlass | Mustafa Tlass | defence_minister 1972-03 2004-05-11
hassan_turkmani | Hassan Turkmani | = | defence_minister 2004-05-11 2009-06-03
ali_habib_mahmud | Ali Habib | Ali Habib Mahmud | defence_minister 2009-06-03 2011-08-08
dawoud_rajiha | Daoud Rajha | Dawoud Rajiha | defence_minister 2011-08-08 2012-07-18
fahd_jassem_al_freij | Fahd Jassem al-Freij | = | defence_minister 2012-07-18 2018-01-01
ali_abdullah_ayyoub | Ali Abdallah Ayoub | Ali Abdullah Ayyoub | defence_minister 2018-01-01 2022-04-28
murhaf_abu_qasra | Mourhaf Abou Qasra | Murhaf Abu Qasra | defence_minister 2024-12-21 -
mohammad_al_shaar | Mohammed al-Chaar | Mohammad al-Shaar | interior_minister 2011-04-14 2018-11-26
anas_khattab | Anas Khattab | = | interior_minister 2025-03-29 -
burhan_ghalioun | Burhan Ghalioun; Ghalioun | = | OPP:opposition_leader 2011-10-02 2012-06-09
moaz_al_khatib | Moaz al-Khatib; Ahmed Moaz al-Khatib | = | OPP:opposition_leader 2012-11-11 2013-04-21
ahmad_jarba | Ahmad Jarba; Ahmed Jarba | Ahmad Jarba | OPP:opposition_leader 2013-07-06 2014-07-09
mazloum_abdi | Mazloum Abdi; Mazloum Kobani | Mazloum Abdi | REB.SDF:leader 2015-10 -

@IRQ
saddam_hussein | Saddam Hussein; Saddam | = | president 1979-07-16 2003-04-09
tariq_aziz | Tarek Aziz; Tariq Aziz | Tariq Aziz | deputy_prime_minister 1979-07 2003-04-09
ghazi_al_yawer | Ghazi al-Yaouar; Ghazi al-Yaour; Ghazi al-Yawar | Ghazi al-Yawer | president 2004-06-28 2005-04-07
jalal_talabani | Jalal Talabani; Talabani | = | president 2005-04-07 2014-07-24
fuad_masum | Fouad Massoum; Fouad Maassoum | Fuad Masum | president 2014-07-24 2018-10-02
barham_salih | Barham Saleh; Barham Salih | Barham Salih | president 2018-10-02 2022-10-17
abdul_latif_rashid | Abdel Latif Rachid; Abdel Latif Rashid | Abdul Latif Rashid | president 2022-10-17 -
ayad_allawi | Iyad Allaoui; Ayad Allaoui; Allaoui | Ayad Allawi; Iyad Allawi; Allawi | prime_minister 2004-06-28 2005-05-03
ibrahim_al_jaafari | Ibrahim al-Jaafari; Jaafari; al-Jaafari | Ibrahim al-Jaafari; Jaafari | prime_minister 2005-05-03 2006-05-20; foreign_minister 2014-09-08 2018-10-25
nouri_al_maliki | Nouri al-Maliki; Nouri al-Maleki; al-Maliki; Maliki; Maleki | Nouri al-Maliki; Nuri al-Maliki; Maliki | prime_minister 2006-05-20 2014-09-08
haider_al_abadi | Haïdar al-Abadi; Haider al-Abadi; al-Abadi; Abadi | Haider al-Abadi; Abadi | prime_minister 2014-09-08 2018-10-25
adil_abdul_mahdi | Adel Abdel Mahdi; Adel Abdel-Mahdi | Adil Abdul-Mahdi | prime_minister 2018-10-25 2020-05-07
mustafa_al_kadhimi | Moustafa al-Kazimi; Moustafa al-Kadhimi; Kazimi; Kadhimi | Mustafa al-Kadhimi; Kadhimi | prime_minister 2020-05-07 2022-10-27
mohammed_shia_al_sudani | Mohammed Chia al-Soudani; Mohamed Chia al-Soudani; al-Soudani; Soudani | Mohammed Shia al-Sudani; Sudani | prime_minister 2022-10-27 -
hoshyar_zebari | Hoshyar Zebari; Zebari | = | foreign_minister 2003-09-03 2014-09-08
mohamed_ali_alhakim | Mohamed Ali al-Hakim | = | foreign_minister 2018-10-25 2020-05-07
fuad_hussein | Fouad Hussein | Fuad Hussein | foreign_minister 2020-06-06 -

moqtada_al_sadr | Moqtada al-Sadr; Moqtada Sadr; Moktada al-Sadr; al-Sadr; Sadr | Muqtada al-Sadr; Moqtada al-Sadr; Sadr | REB.MAHDI_ARMY:leader 2003-06 2008-08-28; OPP:party_leader 2008-08-28 -
ali_al_sistani | Ali al-Sistani; Ali Sistani; Sistani | = | REL:religious_leader 1992-08 -
masoud_barzani | Massoud Barzani | Masoud Barzani | regional_president 2005-06-14 2017-11-01
nechirvan_barzani | Nechirvan Barzani | = | regional_prime_minister 2006-05-07 2009-10-28; regional_prime_minister 2012-03-05 2019-06-10; regional_president 2019-06-10 -
masrour_barzani | Masrour Barzani | = | regional_prime_minister 2019-07-10 -

@USA
paul_bremer | Paul Bremer | = | administrator 2003-05-12 2004-06-28
""")

DATA.append(r"""
@IRN
ali_khamenei | Ali Khamenei; Khamenei; ayatollah Ali Khamenei; ayatollah Khamenei | Ali Khamenei; Khamenei; Ayatollah Ali Khamenei | supreme_leader 1989-06-04 -
akbar_hashemi_rafsanjani | Akbar Hachemi Rafsandjani; Hachemi Rafsandjani; Rafsandjani | Akbar Hashemi Rafsanjani; Rafsanjani | president 1989-08-03 1997-08-03; expediency_council_chairman 1989-10 2017-01-08
mohammad_khatami | Mohammad Khatami; Mohammed Khatami; Khatami | Mohammad Khatami; Khatami | president 1997-08-03 2005-08-03
mahmoud_ahmadinejad | Mahmoud Ahmadinejad; Mahmoud Ahmadinedjad; Ahmadinejad; Ahmadinedjad | Mahmoud Ahmadinejad; Ahmadinejad | president 2005-08-03 2013-08-03
hassan_rouhani | Hassan Rohani; Hassan Rouhani; Rohani; Rouhani | Hassan Rouhani; Rouhani | security_council_secretary 1989-10 2005-08-15; president 2013-08-03 2021-08-03
ebrahim_raisi | Ebrahim Raïssi; Ebrahim Raisi; Raïssi; Raisi | Ebrahim Raisi; Raisi | JUD:chief_justice 2019-03-07 2021-07-01; president 2021-08-03 2024-05-19
mohammad_mokhber | Mohammad Mokhber; Mokhber | = | vice_president 2021-08-08 2024-07-28; president 2024-05-20 2024-07-28
masoud_pezeshkian | Massoud Pezeshkian; Massoud Pezechkian; Pezeshkian; Pezechkian | Masoud Pezeshkian; Pezeshkian | president 2024-07-28 -
kamal_kharazi | Kamal Kharazi; Kharazi | = | foreign_minister 1997-08-20 2005-08-24
manouchehr_mottaki | Manouchehr Mottaki; Mottaki | = | foreign_minister 2005-08-24 2010-12-13
ali_akbar_salehi | Ali Akbar Salehi | = | foreign_minister 2010-12-13 2013-08-15; atomic_energy_chief 2013-08-16 2021-08-29
mohammad_javad_zarif | Mohammad Javad Zarif; Javad Zarif; Zarif | = | foreign_minister 2013-08-15 2021-08-25; vice_president 2024-08-01 2025-03-02
hossein_amir_abdollahian | Hossein Amir-Abdollahian; Hossein Amir Abdollahian; Amir-Abdollahian; Amir Abdollahian | = | foreign_minister 2021-08-25 2024-05-19
ali_bagheri_kani | Ali Bagheri Kani; Ali Bagheri | = | foreign_minister 2024-05-20 2024-08-21
abbas_araghchi | Abbas Araghchi; Abbas Araqchi; Araghchi; Araqchi | = | foreign_minister 2024-08-21 -
ali_shamkhani | Ali Shamkhani; Ali Chamkhani; Shamkhani; Chamkhani | Ali Shamkhani; Shamkhani | defence_minister 1997-08-20 2005-08-24; security_council_secretary 2013-09-10 2023-05-22
mostafa_mohammad_najjar | Mostafa Mohammad-Najjar | = | defence_minister 2005-08-24 2009-09-03; interior_minister 2009-09-03 2013-08-15
ahmad_vahidi | Ahmad Vahidi; Vahidi | = | defence_minister 2009-09-03 2013-08-15; interior_minister 2021-08-25 2024-08-21
hossein_dehghan | Hossein Dehghan | = | defence_minister 2013-08-15 2017-08-20
amir_hatami | Amir Hatami | = | defence_minister 2017-08-20 2021-08-25
mohammad_reza_ashtiani | Mohammad Reza Gharaei Ashtiani; Mohammad Reza Ashtiani | = | defence_minister 2021-08-25 2024-08-21
aziz_nasirzadeh | Aziz Nasirzadeh; Nasirzadeh | = | defence_minister 2024-08-21 -
abdolreza_rahmani_fazli | Abdolreza Rahmani Fazli | = | interior_minister 2013-08-15 2021-08-25
eskandar_momeni | Eskandar Momeni | = | interior_minister 2024-08-21 -
qasem_soleimani | Qassem Soleimani; Ghassem Soleimani; Qassem Souleimani; Soleimani; Souleimani | Qasem Soleimani; Qassem Soleimani; Soleimani | commander 1998-01 2020-01-03
esmail_qaani | Esmaïl Qaani; Esmail Qaani; Esmaïl Ghaani; Qaani | Esmail Qaani; Qaani | commander 2020-01-03 -
yahya_rahim_safavi | Yahya Rahim Safavi | = | commander 1997-09 2007-09-01
mohammad_ali_jafari | Mohammad Ali Jafari | = | commander 2007-09-01 2019-04-21
hossein_salami | Hossein Salami | = | commander 2019-04-21 2025-06-13
mohammad_pakpour | Mohammad Pakpour; Pakpour | = | commander 2025-06-13 -
hassan_firouzabadi | Hassan Firouzabadi | = | chief_of_staff 1989-09 2016-06-28
mohammad_bagheri | Mohammad Bagheri; Mohammad Hossein Bagheri | = | chief_of_staff 2016-06-28 2025-06-13
abdolrahim_mousavi | Abdolrahim Moussavi; Abdolrahim Mousavi | Abdolrahim Mousavi | chief_of_staff 2025-06-13 -
ali_larijani | Ali Larijani | = | security_council_secretary 2005-08-15 2007-10-20; speaker 2008-05-28 2020-05-28; security_council_secretary 2025-08-05 -
sadegh_larijani | Sadegh Larijani; Sadegh Amoli Larijani | = | JUD:chief_justice 2009-08-15 2019-03-07
gholam_hossein_mohseni_ejei | Gholam-Hossein Mohseni-Ejei; Mohseni-Ejei | Gholam-Hossein Mohseni-Ejei | JUD:chief_justice 2021-07-01 -
mohammad_bagher_ghalibaf | Mohammad Bagher Ghalibaf; Mohammad Bagher Qalibaf; Ghalibaf; Qalibaf | = | speaker 2020-05-28 -
mir_hossein_mousavi | Mir Hossein Moussavi; Mir-Hossein Moussavi | Mir-Hossein Mousavi; Mir Hossein Mousavi | OPP:opposition_leader 2009-06 -
mehdi_karroubi | Mehdi Karoubi; Mehdi Karroubi; Karoubi | Mehdi Karroubi; Karroubi | OPP:opposition_leader 2009-06 -

@ISR
ehud_barak | Ehoud Barak; Ehud Barak; Barak | Ehud Barak; Barak | prime_minister 1999-07-06 2001-03-07; defence_minister 1999-07-06 2001-03-07; defence_minister 2007-06-18 2013-03-18
ariel_sharon | Ariel Sharon; Sharon | = | prime_minister 2001-03-07 2006-04-14
ehud_olmert | Ehoud Olmert; Ehud Olmert; Olmert | Ehud Olmert; Olmert | acting_prime_minister 2006-01-04 2006-04-14; prime_minister 2006-04-14 2009-03-31
benjamin_netanyahu | Benyamin Netanyahou; Benjamin Netanyahou; Benyamin Nétanyahou; Benjamin Nétanyahou; Netanyahou; Nétanyahou; Bibi Netanyahou; Benjamin Netanyahu; Netanyahu | Benjamin Netanyahu; Netanyahu; Bibi | prime_minister 1996-06-18 1999-07-06; foreign_minister 2002-11-06 2003-02-28; prime_minister 2009-03-31 2021-06-13; foreign_minister 2012-12-18 2013-11-11; foreign_minister 2015-05-14 2019-02-17; defence_minister 2018-11-18 2019-11-12; OPP:opposition_leader 2021-06-13 2022-12-29; prime_minister 2022-12-29 -
naftali_bennett | Naftali Bennett; Bennett | = | defence_minister 2019-11-12 2020-05-17; prime_minister 2021-06-13 2022-06-30
yair_lapid | Yaïr Lapid; Yair Lapid; Lapid | Yair Lapid; Lapid | foreign_minister 2021-06-13 2022-12-29; prime_minister 2022-07-01 2022-12-29; OPP:opposition_leader 2022-12-29 -
moshe_katsav | Moshe Katsav; Katsav | = | president 2000-08-01 2007-07-01
shimon_peres | Shimon Peres; Shimon Pérès; Peres; Pérès | Shimon Peres; Peres | foreign_minister 2001-03-07 2002-11-02; president 2007-07-15 2014-07-24
reuven_rivlin | Reuven Rivlin; Rivlin | = | president 2014-07-24 2021-07-07
isaac_herzog | Isaac Herzog; Itzhak Herzog; Yitzhak Herzog; Herzog | Isaac Herzog; Herzog | president 2021-07-07 -
shlomo_ben_ami | Shlomo Ben-Ami | = | foreign_minister 2000-08-04 2001-03-07
silvan_shalom | Silvan Shalom | = | foreign_minister 2003-02-28 2006-01-16
tzipi_livni | Tzipi Livni; Livni | = | foreign_minister 2006-01-16 2009-03-31; OPP:opposition_leader 2009-03-31 2012-03-27
avigdor_lieberman | Avigdor Lieberman; Avigdor Liberman; Lieberman; Liberman | = | foreign_minister 2009-03-31 2012-12-18; foreign_minister 2013-11-11 2015-05-14; defence_minister 2016-05-30 2018-11-18
israel_katz | Israël Katz; Israel Katz | Israel Katz | foreign_minister 2019-02-17 2020-05-17; foreign_minister 2024-01-01 2024-11-05; defence_minister 2024-11-05 -
gabi_ashkenazi | Gabi Ashkenazi | = | chief_of_staff 2007-02-14 2011-02-14; foreign_minister 2020-05-17 2021-06-13
eli_cohen | Eli Cohen | = | foreign_minister 2023-01-01 2024-01-01
gideon_saar | Gideon Saar; Gideon Sa'ar | = | foreign_minister 2024-11-05 -
benjamin_ben_eliezer | Benjamin Ben-Eliezer; Binyamin Ben-Eliezer | = | defence_minister 2001-03-07 2002-11-02
shaul_mofaz | Shaul Mofaz; Mofaz | = | chief_of_staff 1998-07-09 2002-07-09; defence_minister 2002-11-04 2006-05-04
amir_peretz | Amir Peretz | = | defence_minister 2006-05-04 2007-06-18
moshe_yaalon | Moshe Yaalon; Moshe Ya'alon; Moshe Yaâlon | Moshe Ya'alon | chief_of_staff 2002-07-09 2005-06-01; defence_minister 2013-03-18 2016-05-22
benny_gantz | Benny Gantz; Gantz | = | chief_of_staff 2011-02-14 2015-02-16; defence_minister 2020-05-17 2022-12-29
yoav_gallant | Yoav Gallant; Yoav Galant; Gallant | Yoav Gallant; Gallant | defence_minister 2022-12-29 2024-11-05
itamar_ben_gvir | Itamar Ben Gvir; Itamar Ben-Gvir; Ben Gvir; Ben-Gvir | = | interior_minister 2022-12-29 2025-01-19; interior_minister 2025-03-18 -
bezalel_smotrich | Bezalel Smotrich; Smotrich | = | finance_minister 2022-12-29 -
dan_halutz | Dan Haloutz; Dan Halutz | Dan Halutz | chief_of_staff 2005-06-01 2007-02-14
gadi_eisenkot | Gadi Eisenkot; Eisenkot | = | chief_of_staff 2015-02-16 2019-01-15
aviv_kochavi | Aviv Kochavi; Aviv Kohavi | = | chief_of_staff 2019-01-15 2023-01-16
herzi_halevi | Herzi Halevi | = | chief_of_staff 2023-01-16 2025-03-05
eyal_zamir | Eyal Zamir | = | chief_of_staff 2025-03-05 -

@PSE
yasser_arafat | Yasser Arafat; Arafat | = | president 1994-07-05 2004-11-11
rawhi_fattouh | Rawhi Fattouh | = | president 2004-11-11 2005-01-15
mahmoud_abbas | Mahmoud Abbas; Abbas; Abou Mazen | Mahmoud Abbas; Abbas; Abu Mazen | prime_minister 2003-04-30 2003-10-07; president 2005-01-15 -
ahmed_qurei | Ahmed Qoreï; Ahmed Qorei; Abou Alaa; Qoreï | Ahmed Qurei; Abu Alaa; Qurei | prime_minister 2003-10-07 2006-03-29
ismail_haniyeh | Ismaïl Haniyeh; Ismail Haniyeh; Ismaïl Haniyé; Haniyeh; Haniyé | Ismail Haniyeh; Haniyeh | prime_minister 2006-03-29 2007-06-14; REB.HAMAS:leader 2017-05-06 2024-07-31
salam_fayyad | Salam Fayyad; Fayyad | = | prime_minister 2007-06-15 2013-06-06
rami_hamdallah | Rami Hamdallah; Hamdallah | = | prime_minister 2013-06-06 2019-04-14
mohammad_shtayyeh | Mohammed Shtayyeh; Mohammad Shtayyeh; Mohammed Shtayeh; Shtayyeh | Mohammad Shtayyeh; Shtayyeh | prime_minister 2019-04-14 2024-03-31
mohammad_mustafa | Mohammad Mustafa; Mohammed Moustafa | Mohammad Mustafa | prime_minister 2024-03-31 -
hussein_al_sheikh | Hussein al-Cheikh; Hussein al-Sheikh | Hussein al-Sheikh | vice_president 2025-04-26 -
riyad_al_maliki | Riyad al-Malki; Riad al-Malki; Riad Malki | Riyad al-Maliki; Riyad al-Malki | foreign_minister 2007-06-17 2024-03-31
ahmed_yassin | Ahmed Yassine; cheikh Ahmed Yassine; Ahmed Yassin | Ahmed Yassin; Sheikh Ahmed Yassin | REB.HAMAS:leader 1987-12 2004-03-22
abdel_aziz_al_rantisi | Abdel Aziz al-Rantissi; Rantissi | Abdel Aziz al-Rantisi; Rantisi | REB.HAMAS:leader 2004-03-22 2004-04-17
khaled_meshaal | Khaled Mechaal; Khaled Meshaal; Mechaal; Meshaal | Khaled Mashal; Khaled Meshaal; Meshaal | REB.HAMAS:leader 1996-05 2017-05-06
yahya_sinwar | Yahya Sinouar; Yahya Sinwar | Yahya Sinwar | REB.HAMAS:leader 2024-08-06 2024-10-16; REB.HAMAS:gaza_leader 2017-02-13 2024-10-16
mohammed_sinwar | Mohammed Sinouar; Mohammed Sinwar | Mohammed Sinwar | REB.HAMAS:commander 2024-10-16 2025-05-13
mohammed_deif | Mohammed Deif; Mohammed Daïf; Deif; Daïf | Mohammed Deif; Deif | REB.HAMAS:commander 2002-09 2024-07-13
marwan_barghouti | Marwan Barghouti; Barghouti | = | OPP:opposition_leader 2000-09 -
ramadan_shallah | Ramadan Shallah; Ramadan Abdallah Shallah | = | REB.ISLAMIC_JIHAD:leader 1995-10 2018-09-28
ziyad_al_nakhalah | Ziyad al-Nakhala; Ziad al-Nakhala; Ziyad al-Nakhalah | Ziyad al-Nakhalah | REB.ISLAMIC_JIHAD:leader 2018-09-28 -

@LBN
emile_lahoud | Émile Lahoud; Emile Lahoud; Lahoud | Emile Lahoud; Lahoud | president 1998-11-24 2007-11-23
michel_suleiman | Michel Sleimane; Michel Souleimane; Michel Suleiman; Sleimane | Michel Suleiman; Michel Sleiman; Suleiman | president 2008-05-25 2014-05-25
michel_aoun | Michel Aoun | = | president 2016-10-31 2022-10-30
joseph_aoun | Joseph Aoun | = | chief_of_staff 2017-03-08 2025-01-09; president 2025-01-09 -
selim_hoss | Sélim Hoss; Selim al-Hoss | Selim al-Hoss | prime_minister 1998-12-04 2000-10-23
rafic_hariri | Rafic Hariri; Rafiq Hariri | Rafic Hariri; Rafik Hariri | prime_minister 1992-10-31 1998-12-04; prime_minister 2000-10-23 2004-10-21
omar_karami | Omar Karamé; Omar Karami | Omar Karami | prime_minister 2004-10-26 2005-04-19
najib_mikati | Najib Mikati; Nagib Mikati; Mikati | Najib Mikati; Mikati | prime_minister 2005-04-19 2005-07-19; prime_minister 2011-06-13 2014-02-15; prime_minister 2021-09-10 2025-02-08
fouad_siniora | Fouad Siniora; Siniora | Fouad Siniora; Fuad Siniora; Siniora | prime_minister 2005-07-19 2009-11-09
saad_hariri | Saad Hariri | = | prime_minister 2009-11-09 2011-06-13; prime_minister 2016-12-18 2020-01-21
tammam_salam | Tammam Salam | = | prime_minister 2014-02-15 2016-12-18
hassan_diab | Hassan Diab | = | prime_minister 2020-01-21 2021-09-10
nawaf_salam | Nawaf Salam | = | JUD:icj_president 2024-02-06 2025-01-14; prime_minister 2025-02-08 -
nabih_berri | Nabih Berri; Berri | = | speaker 1992-10-20 -
hassan_nasrallah | Hassan Nasrallah; cheikh Hassan Nasrallah; Nasrallah | Hassan Nasrallah; Nasrallah | REB.HEZBOLLAH:leader 1992-02-16 2024-09-27
naim_qassem | Naïm Qassem; Naim Qassem; Naïm Kassem; Naïm Qassim | Naim Qassem | REB.HEZBOLLAH:leader 2024-10-29 -
imad_mughniyeh | Imad Moughniyeh; Imad Mughniyeh; Moughniyeh | Imad Mughniyeh; Mughniyeh | REB.HEZBOLLAH:commander 1983-01 2008-02-12

@JOR
abdullah_ii | Abdallah II; Abdallah II de Jordanie; le roi Abdallah II; Abdullah II | Abdullah II; King Abdullah II; Abdullah II of Jordan | king 1999-02-07 -
ali_abu_al_ragheb | Ali Abou al-Ragheb | Ali Abu al-Ragheb | prime_minister 2000-06-19 2003-10-25
faisal_al_fayez | Fayçal al-Fayez; Faisal al-Fayez | Faisal al-Fayez | prime_minister 2003-10-25 2005-04-07
adnan_badran | Adnan Badran | = | prime_minister 2005-04-07 2005-11-27
marouf_al_bakhit | Marouf al-Bakhit; Maarouf Bakhit | Marouf al-Bakhit | prime_minister 2005-11-27 2007-11-25; prime_minister 2011-02-09 2011-10-24
nader_al_dahabi | Nader al-Dahabi; Nader Dahabi | Nader al-Dahabi | prime_minister 2007-11-25 2009-12-14
samir_rifai | Samir Rifaï; Samir Rifai | Samir Rifai | prime_minister 2009-12-14 2011-02-09
awn_khasawneh | Aoun Khasawneh; Awn Khasawneh | Awn Shawkat Al-Khasawneh | prime_minister 2011-10-24 2012-05-02
fayez_tarawneh | Fayez Tarawneh | = | prime_minister 2012-05-02 2012-10-11
abdullah_ensour | Abdallah Ensour; Abdullah Ensour | Abdullah Ensour | prime_minister 2012-10-11 2016-06-01
hani_mulki | Hani Mulki; Hani al-Mulki | Hani Mulki | prime_minister 2016-06-01 2018-06-14
omar_razzaz | Omar Razzaz; Omar al-Razzaz | Omar Razzaz | prime_minister 2018-06-14 2020-10-12
bisher_khasawneh | Bicher Khasawneh; Bisher Khasawneh | Bisher Al-Khasawneh | prime_minister 2020-10-12 2024-09-15
jafar_hassan | Jaafar Hassan; Jafar Hassan | Jafar Hassan | prime_minister 2024-09-15 -
nasser_judeh | Nasser Judeh; Nasser Joudeh | Nasser Judeh | foreign_minister 2009-02-23 2017-01-15
ayman_safadi | Ayman Safadi; Safadi | = | foreign_minister 2017-01-15 -

@EGY
hosni_mubarak | Hosni Moubarak; Moubarak | Hosni Mubarak; Mubarak | president 1981-10-14 2011-02-11
mohamed_hussein_tantawi | Mohamed Hussein Tantaoui; maréchal Tantaoui; Tantaoui | Mohamed Hussein Tantawi; Tantawi | defence_minister 1991-05-20 2012-08-12; MIL:military_ruler 2011-02-11 2012-06-30
mohamed_morsi | Mohamed Morsi; Mohammed Morsi; Mohamed Morsy; Morsi; Morsy | Mohamed Morsi; Mohammed Morsi; Morsi | president 2012-06-30 2013-07-03
adly_mansour | Adly Mansour; Adli Mansour | Adly Mansour | president 2013-07-04 2014-06-08
abdel_fattah_al_sisi | Abdel Fattah al-Sissi; Abdel Fattah al-Sisi; Abdel Fattah Sissi; al-Sissi; Sissi; al-Sisi | Abdel Fattah al-Sisi; el-Sisi; Sisi | defence_minister 2012-08-12 2014-03-26; president 2014-06-08 -
atef_ebeid | Atef Ebeid | = | prime_minister 1999-10-05 2004-07-14
ahmed_nazif | Ahmed Nazif | = | prime_minister 2004-07-14 2011-01-29
ahmed_shafik | Ahmed Chafik; Ahmed Shafik; Chafik | Ahmed Shafik; Shafik | prime_minister 2011-01-29 2011-03-03
essam_sharaf | Essam Charaf; Essam Sharaf | Essam Sharaf | prime_minister 2011-03-03 2011-12-07
kamal_ganzouri | Kamal el-Ganzouri; Kamal Ganzouri | Kamal Ganzouri | prime_minister 1996-01-04 1999-10-05; prime_minister 2011-12-07 2012-08-02
hisham_qandil | Hicham Qandil; Hisham Qandil | Hisham Qandil | prime_minister 2012-08-02 2013-07-16
hazem_el_beblawi | Hazem el-Beblawi; Hazem Beblawi | Hazem el-Beblawi | prime_minister 2013-07-16 2014-03-01
ibrahim_mahlab | Ibrahim Mahlab | = | prime_minister 2014-03-01 2015-09-19
sherif_ismail | Chérif Ismaïl; Sherif Ismail | Sherif Ismail | prime_minister 2015-09-19 2018-06-14
mostafa_madbouly | Moustafa Madbouli; Mostafa Madbouly; Madbouli; Madbouly | Mostafa Madbouly; Madbouly | prime_minister 2018-06-14 -
amr_moussa | Amr Moussa | Amr Moussa; Amr Mussa | foreign_minister 1991-05-20 2001-05-15; IGO.ARAB_LEAGUE:secretary_general 2001-05-15 2011-06-30
ahmed_maher | Ahmed Maher | = | foreign_minister 2001-05-15 2004-07-14
ahmed_aboul_gheit | Ahmed Aboul Gheit; Ahmed Aboul-Gheit; Aboul Gheit; Aboul-Gheit | Ahmed Aboul Gheit; Aboul Gheit | foreign_minister 2004-07-14 2011-03-06; IGO.ARAB_LEAGUE:secretary_general 2016-07-01 -
nabil_elaraby | Nabil al-Arabi; Nabil Elaraby; Nabil el-Arabi | Nabil Elaraby | foreign_minister 2011-03-06 2011-07-01; IGO.ARAB_LEAGUE:secretary_general 2011-07-01 2016-06-30
mohamed_kamel_amr | Mohamed Kamel Amr | = | foreign_minister 2011-07-17 2013-07-16
nabil_fahmy | Nabil Fahmy | = | foreign_minister 2013-07-16 2014-06-17
sameh_shoukry | Sameh Choukri; Sameh Shoukry; Choukri; Shoukry | Sameh Shoukry; Shoukry | foreign_minister 2014-06-17 2024-07-03
badr_abdelatty | Badr Abdelatty; Badr Abdel Aty | Badr Abdelatty | foreign_minister 2024-07-03 -
habib_el_adly | Habib el-Adly; Habib al-Adli | Habib el-Adly | interior_minister 1997-11-18 2011-01-31
mahmoud_tawfik | Mahmoud Tawfik | = | interior_minister 2018-06-14 -
mohamed_elbaradei | Mohamed ElBaradei; Mohamed el-Baradei; ElBaradei; el-Baradei | Mohamed ElBaradei; ElBaradei | IGO.IAEA:director_general 1997-12-01 2009-11-30; vice_president 2013-07-14 2013-08-14
mohamed_badie | Mohamed Badie; Mohammed Badie | Mohammed Badie | OPP:party_leader 2010-01-16 -
""")

DATA.append(r"""
@SAU
fahd_bin_abdulaziz | Fahd ben Abdelaziz; le roi Fahd | Fahd bin Abdulaziz; King Fahd | king 1982-06-13 2005-08-01
abdullah_bin_abdulaziz | Abdallah ben Abdelaziz; le roi Abdallah d'Arabie saoudite; Abdallah d'Arabie saoudite | Abdullah bin Abdulaziz; King Abdullah of Saudi Arabia | king 2005-08-01 2015-01-23
salman_bin_abdulaziz | Salmane ben Abdelaziz; Salman ben Abdelaziz; le roi Salmane; le roi Salman | Salman bin Abdulaziz; King Salman | defence_minister 2011-11-05 2015-01-23; king 2015-01-23 -
mohammed_bin_salman | Mohammed ben Salmane; Mohammed ben Salman; MBS | Mohammed bin Salman; Mohammad bin Salman; MBS | defence_minister 2015-01-23 2022-09-27; crown_prince 2017-06-21 -; prime_minister 2022-09-27 -
khalid_bin_salman | Khaled ben Salmane; Khalid ben Salmane | Khalid bin Salman | defence_minister 2022-09-27 -
sultan_bin_abdulaziz | Sultan ben Abdelaziz; prince Sultan | Sultan bin Abdulaziz | defence_minister 1962-10 2011-10-22
saud_al_faisal | Saoud al-Fayçal; Saud al-Fayçal; Saoud al-Faisal; prince Saoud al-Fayçal | Saud al-Faisal | foreign_minister 1975-10-13 2015-04-29
adel_al_jubeir | Adel al-Jubeir; Adel al-Joubeir; Joubeir; Jubeir | Adel al-Jubeir; Jubeir | foreign_minister 2015-04-29 2018-12-27
ibrahim_al_assaf | Ibrahim al-Assaf | = | foreign_minister 2018-12-27 2019-10-23
faisal_bin_farhan | Fayçal ben Farhane; Fayçal ben Farhan; Faisal ben Farhane | Faisal bin Farhan | foreign_minister 2019-10-23 -
nayef_bin_abdulaziz | Nayef ben Abdelaziz; prince Nayef | Nayef bin Abdulaziz | interior_minister 1975-10 2012-06-16
mohammed_bin_nayef | Mohammed ben Nayef | Muhammad bin Nayef | interior_minister 2012-11-05 2017-06-21
abdulaziz_bin_saud_bin_nayef | Abdelaziz ben Saoud ben Nayef | Abdulaziz bin Saud bin Nayef | interior_minister 2017-06-21 -

@QAT
hamad_bin_khalifa_al_thani | Hamad ben Khalifa Al Thani; cheikh Hamad ben Khalifa | Hamad bin Khalifa Al Thani | emir 1995-06-27 2013-06-25
tamim_bin_hamad_al_thani | Tamim ben Hamad Al Thani; cheikh Tamim; l'émir Tamim; Tamim al-Thani | Tamim bin Hamad Al Thani; Sheikh Tamim; Emir Tamim | emir 2013-06-25 -
abdullah_bin_khalifa_al_thani | Abdallah ben Khalifa Al Thani | Abdullah bin Khalifa Al Thani | prime_minister 1996-10-29 2007-04-03
hamad_bin_jassim_al_thani | Hamad ben Jassem Al Thani; Hamad ben Jassem; Hamad bin Jassim | Hamad bin Jassim bin Jaber Al Thani; Hamad bin Jassim | foreign_minister 1992-09-01 2013-06-26; prime_minister 2007-04-03 2013-06-26
abdullah_bin_nasser_al_thani | Abdallah ben Nasser Al Thani | Abdullah bin Nasser bin Khalifa Al Thani | prime_minister 2013-06-26 2020-01-28
khalid_bin_khalifa_al_thani | Khaled ben Khalifa Al Thani | Khalid bin Khalifa bin Abdulaziz Al Thani | prime_minister 2020-01-28 2023-03-07
khalid_al_attiyah | Khaled al-Attiyah; Khalid al-Attiyah | Khalid al-Attiyah | foreign_minister 2013-06-26 2016-01-27
mohammed_bin_abdulrahman_al_thani | Mohammed ben Abderrahmane Al Thani; Mohammed ben Abdelrahmane Al Thani | Mohammed bin Abdulrahman Al Thani | foreign_minister 2016-01-27 -; prime_minister 2023-03-07 -

@ARE
zayed_bin_sultan_al_nahyan | Zayed ben Sultan Al Nahyane; cheikh Zayed | Zayed bin Sultan Al Nahyan | president 1971-12-02 2004-11-02
khalifa_bin_zayed_al_nahyan | Khalifa ben Zayed Al Nahyane; cheikh Khalifa | Khalifa bin Zayed Al Nahyan | president 2004-11-03 2022-05-13
mohamed_bin_zayed_al_nahyan | Mohammed ben Zayed Al Nahyane; Mohammed ben Zayed; MBZ | Mohamed bin Zayed Al Nahyan; Mohamed bin Zayed; MBZ | president 2022-05-14 -
maktoum_bin_rashid_al_maktoum | Maktoum ben Rachid Al Maktoum | Maktoum bin Rashid Al Maktoum | prime_minister 1990-11-20 2006-01-04
mohammed_bin_rashid_al_maktoum | Mohammed ben Rachid Al Maktoum; Mohammed ben Rached Al Maktoum | Mohammed bin Rashid Al Maktoum | prime_minister 2006-01-05 -
abdullah_bin_zayed_al_nahyan | Abdallah ben Zayed Al Nahyane; Abdallah ben Zayed | Abdullah bin Zayed Al Nahyan | foreign_minister 2006-02-09 -

@YEM
ali_abdullah_saleh | Ali Abdallah Saleh; Ali Abdullah Saleh | Ali Abdullah Saleh | president 1978-07-17 2012-02-27
abdrabbuh_mansur_hadi | Abd Rabbo Mansour Hadi; Abd Rabbo Mansour Hadi; Abed Rabbo Mansour Hadi; Hadi | Abdrabbuh Mansur Hadi; Hadi | president 2012-02-27 2022-04-07
rashad_al_alimi | Rachad al-Alimi; Rashad al-Alimi | Rashad al-Alimi | president 2022-04-07 -
abdul_qadir_bajamal | Abdelkader Bajammal; Abdul Qadir Bajamal | Abdul Qadir Bajamal | prime_minister 2001-03-31 2007-03-31
ali_muhammad_mujawar | Ali Mohammed Moujawar | Ali Muhammad Mujawar | prime_minister 2007-03-31 2011-12-07
mohammed_basindawa | Mohammed Basindoua; Mohammed Basindwa | Mohammed Basindawa | prime_minister 2011-12-07 2014-09-24
khaled_bahah | Khaled Bahah | = | prime_minister 2014-11-09 2016-04-03
ahmed_obeid_bin_daghr | Ahmed Obeid ben Daghr | Ahmed Obeid bin Daghr | prime_minister 2016-04-04 2018-10-15
maeen_abdulmalik | Maïn Abdelmalek; Maeen Abdulmalik | Maeen Abdulmalik Saeed | prime_minister 2018-10-15 2024-02-05
ahmed_awad_bin_mubarak | Ahmed Awad bin Mubarak | Ahmed Awad bin Mubarak | foreign_minister 2020-12-18 2024-02-05; prime_minister 2024-02-05 2025-05-03
salem_bin_breik | Salem ben Breik | Salem Saleh bin Braik | prime_minister 2025-05-03 -
abdul_malik_al_houthi | Abdel Malek al-Houthi; Abdelmalek al-Houthi; Abdul Malik al-Houthi | Abdul-Malik al-Houthi | REB.HOUTHIS:leader 2004-09 -
mahdi_al_mashat | Mahdi al-Machat; Mahdi al-Mashat | Mahdi al-Mashat | REB.HOUTHIS:political_leader 2018-04-25 -

@LBY
muammar_gaddafi | Mouammar Kadhafi; Muammar Kadhafi; le colonel Kadhafi; Kadhafi; Khadafi | Muammar Gaddafi; Muammar al-Qaddafi; Gaddafi; Qaddafi | guide 1969-09-01 2011-08-23
saif_al_islam_gaddafi | Seif al-Islam; Saïf al-Islam; Seif el-Islam | Saif al-Islam Gaddafi; Saif al-Islam | OPP:opposition_leader 2021-11 -
mustafa_abdul_jalil | Moustafa Abdeljalil; Moustapha Abdeljalil; Moustafa Abdel Jalil; Abdeljalil | Mustafa Abdul Jalil | justice_minister 2007-01 2011-02-21; president 2011-03-05 2012-08-08
mahmoud_jibril | Mahmoud Jibril | = | prime_minister 2011-03-23 2011-10-23
mohamed_magariaf | Mohamed al-Megaryef; Mohamed Magariaf | Mohammed Magariaf | president 2012-08-09 2013-05-28
ali_zeidan | Ali Zeidan | = | prime_minister 2012-11-14 2014-03-11
abdullah_al_thinni | Abdallah al-Theni; Abdallah al-Thinni | Abdullah al-Thinni | prime_minister 2014-03-11 2021-03-15
aguila_saleh | Aguila Saleh; Aguila Salah Issa | Aguila Saleh Issa | speaker 2014-08-05 -
fayez_al_sarraj | Fayez al-Sarraj; Fayez Sarraj; Sarraj | Fayez al-Sarraj; Sarraj | prime_minister 2016-03-30 2021-03-15
abdul_hamid_dbeibah | Abdelhamid Dbeibah; Abdel Hamid Dbeibah; Abdulhamid Dbeibah; Dbeibah | Abdul Hamid Dbeibah; Dbeibah | prime_minister 2021-03-15 -
mohamed_al_menfi | Mohamed el-Menfi; Mohammed al-Menfi | Mohamed al-Menfi | president 2021-03-15 -
fathi_bashagha | Fathi Bachagha; Fathi Bashagha; Bachagha | Fathi Bashagha; Bashagha | interior_minister 2018-10-07 2021-03-15; prime_minister 2022-03-03 2023-05-16
osama_hammad | Oussama Hammad; Osama Hammad | Osama Hammad | prime_minister 2023-05-16 -
khalifa_haftar | Khalifa Haftar; le maréchal Haftar; Haftar | Khalifa Haftar; Haftar | commander 2015-03-02 -

@TUN
zine_el_abidine_ben_ali | Zine el-Abidine Ben Ali; Zine El Abidine Ben Ali; Ben Ali | Zine El Abidine Ben Ali; Ben Ali | president 1987-11-07 2011-01-14
fouad_mebazaa | Fouad Mebazaa; Mebazaa | = | president 2011-01-15 2011-12-13
moncef_marzouki | Moncef Marzouki; Marzouki | = | president 2011-12-13 2014-12-31
beji_caid_essebsi | Béji Caïd Essebsi; Beji Caid Essebsi; Caïd Essebsi; Essebsi | Beji Caid Essebsi; Essebsi | prime_minister 2011-02-27 2011-12-24; president 2014-12-31 2019-07-25
mohamed_ennaceur | Mohamed Ennaceur | = | president 2019-07-25 2019-10-23
kais_saied | Kaïs Saïed; Kais Saied; Saïed | Kais Saied; Saied | president 2019-10-23 -
mohamed_ghannouchi | Mohamed Ghannouchi | = | prime_minister 1999-11-17 2011-02-27
hamadi_jebali | Hamadi Jebali; Jebali | = | prime_minister 2011-12-24 2013-03-14
ali_laarayedh | Ali Larayedh; Ali Laarayedh | Ali Laarayedh | prime_minister 2013-03-14 2014-01-29
mehdi_jomaa | Mehdi Jomaa | = | prime_minister 2014-01-29 2015-02-06
habib_essid | Habib Essid | = | prime_minister 2015-02-06 2016-08-27
youssef_chahed | Youssef Chahed; Chahed | = | prime_minister 2016-08-27 2020-02-27
elyes_fakhfakh | Elyes Fakhfakh | = | prime_minister 2020-02-27 2020-09-02
hichem_mechichi | Hichem Mechichi; Mechichi | = | prime_minister 2020-09-02 2021-07-25
najla_bouden | Najla Bouden; Najla Bouden Romdhane | = | prime_minister 2021-10-11 2023-08-01
ahmed_hachani | Ahmed Hachani | = | prime_minister 2023-08-01 2024-08-07
kamel_maddouri | Kamel Madouri; Kamel Maddouri | Kamel Maddouri | prime_minister 2024-08-07 2025-03-20
sara_zaafrani_zenzri | Sara Zaafrani Zenzri | = | prime_minister 2025-03-21 -
rached_ghannouchi | Rached Ghannouchi | = | OPP:party_leader 1981-06 2023-04; speaker 2019-11-13 2021-07-25

@DZA
abdelaziz_bouteflika | Abdelaziz Bouteflika; Bouteflika | = | president 1999-04-27 2019-04-02
abdelkader_bensalah | Abdelkader Bensalah; Bensalah | = | president 2019-04-09 2019-12-19
abdelmadjid_tebboune | Abdelmadjid Tebboune; Tebboune | = | prime_minister 2017-05-24 2017-08-15; president 2019-12-19 -
ali_benflis | Ali Benflis; Benflis | = | prime_minister 2000-08-26 2003-05-05
ahmed_ouyahia | Ahmed Ouyahia; Ouyahia | = | prime_minister 1995-12-31 1998-12-15; prime_minister 2003-05-05 2006-05-24; prime_minister 2008-06-23 2012-09-03; prime_minister 2017-08-15 2019-03-11
abdelaziz_belkhadem | Abdelaziz Belkhadem; Belkhadem | = | foreign_minister 2000-08-26 2005-05-01; prime_minister 2006-05-24 2008-06-23
abdelmalek_sellal | Abdelmalek Sellal; Sellal | = | prime_minister 2012-09-03 2014-03-13; prime_minister 2014-04-28 2017-05-24
noureddine_bedoui | Noureddine Bedoui; Bedoui | = | interior_minister 2015-05-14 2019-03-11; prime_minister 2019-03-11 2019-12-19
abdelaziz_djerad | Abdelaziz Djerad; Djerad | = | prime_minister 2019-12-28 2021-06-24
aymen_benabderrahmane | Aïmene Benabderrahmane; Aymen Benabderrahmane; Benabderrahmane | Aymen Benabderrahmane | prime_minister 2021-06-30 2023-11-11
nadir_larbaoui | Nadir Larbaoui; Larbaoui | = | prime_minister 2023-11-11 2025-08-28
sifi_ghrieb | Sifi Ghrieb | = | prime_minister 2025-08-28 -
mohammed_bedjaoui | Mohammed Bedjaoui | = | foreign_minister 2005-05-01 2007-06-04
mourad_medelci | Mourad Medelci | = | foreign_minister 2007-06-04 2013-09-11
ramtane_lamamra | Ramtane Lamamra; Lamamra | = | foreign_minister 2013-09-11 2017-05-25; foreign_minister 2021-07-07 2023-03-16
abdelkader_messahel | Abdelkader Messahel; Messahel | = | foreign_minister 2017-05-25 2019-03-31
sabri_boukadoum | Sabri Boukadoum; Boukadoum | = | foreign_minister 2019-04-01 2021-07-07
ahmed_attaf | Ahmed Attaf | = | foreign_minister 2023-03-16 -
ahmed_gaid_salah | Ahmed Gaïd Salah; Ahmed Gaid Salah; Gaïd Salah | Ahmed Gaid Salah; Gaid Salah | chief_of_staff 2004-08-03 2019-12-23
said_chengriha | Saïd Chengriha; Said Chanegriha; Chengriha | Said Chengriha | chief_of_staff 2019-12-23 -

@MAR
mohammed_vi | Mohammed VI; le roi Mohammed VI | Mohammed VI; King Mohammed VI | king 1999-07-23 -
abderrahmane_youssoufi | Abderrahmane Youssoufi; Youssoufi | = | prime_minister 1998-03-14 2002-10-09
driss_jettou | Driss Jettou; Jettou | = | prime_minister 2002-10-09 2007-09-19
abbas_el_fassi | Abbas El Fassi | = | prime_minister 2007-09-19 2011-11-29
abdelilah_benkirane | Abdelilah Benkirane; Benkirane | = | prime_minister 2011-11-29 2017-04-05
saadeddine_el_othmani | Saâdeddine El Othmani; Saadeddine El Othmani; El Othmani | Saadeddine Othmani | foreign_minister 2012-01-03 2013-10-10; prime_minister 2017-04-05 2021-10-07
aziz_akhannouch | Aziz Akhannouch; Akhannouch | = | prime_minister 2021-10-07 -
mohamed_benaissa | Mohamed Benaïssa; Mohamed Benaissa | Mohamed Benaissa | foreign_minister 1999-04-06 2007-10-15
taieb_fassi_fihri | Taïeb Fassi Fihri | Taib Fassi Fihri | foreign_minister 2007-10-15 2012-01-03
salaheddine_mezouar | Salaheddine Mezouar; Mezouar | = | foreign_minister 2013-10-10 2017-04-05
nasser_bourita | Nasser Bourita; Bourita | = | foreign_minister 2017-04-05 -
abdelouafi_laftit | Abdelouafi Laftit; Laftit | = | interior_minister 2017-04-05 -

@TUR
suleyman_demirel | Süleyman Demirel; Demirel | Suleyman Demirel; Demirel | president 1993-05-16 2000-05-16
ahmet_necdet_sezer | Ahmet Necdet Sezer; Sezer | = | president 2000-05-16 2007-08-28
abdullah_gul | Abdullah Gül; Abdullah Gul; Gül | Abdullah Gul; Abdullah Gül; Gul | prime_minister 2002-11-18 2003-03-14; foreign_minister 2003-03-14 2007-08-28; president 2007-08-28 2014-08-28
recep_tayyip_erdogan | Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Erdogan; Erdoğan | = | prime_minister 2003-03-14 2014-08-28; president 2014-08-28 -
bulent_ecevit | Bülent Ecevit; Ecevit | Bulent Ecevit; Ecevit | prime_minister 1999-01-11 2002-11-18
ahmet_davutoglu | Ahmet Davutoglu; Ahmet Davutoğlu; Davutoglu; Davutoğlu | = | foreign_minister 2009-05-01 2014-08-29; prime_minister 2014-08-28 2016-05-24
binali_yildirim | Binali Yildirim; Binali Yıldırım; Yildirim; Yıldırım | = | prime_minister 2016-05-24 2018-07-09
ismail_cem | Ismail Cem | = | foreign_minister 1997-06-30 2002-07-11
yasar_yakis | Yasar Yakis; Yaşar Yakış | = | foreign_minister 2002-11-18 2003-03-14
ali_babacan | Ali Babacan; Babacan | = | foreign_minister 2007-08-29 2009-05-01
mevlut_cavusoglu | Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu | Mevlut Cavusoglu; Mevlüt Çavuşoğlu; Cavusoglu | foreign_minister 2014-08-29 2015-08-28; foreign_minister 2015-11-24 2023-06-04
feridun_sinirlioglu | Feridun Sinirlioglu; Feridun Sinirlioğlu | = | foreign_minister 2015-08-28 2015-11-24
hakan_fidan | Hakan Fidan; Fidan | = | SPY:intelligence_director 2010-05-27 2023-06-04; foreign_minister 2023-06-04 -
vecdi_gonul | Vecdi Gönül | Vecdi Gonul | defence_minister 2002-11-18 2011-07-06; defence_minister 2015-08-28 2015-11-24
ismet_yilmaz | Ismet Yilmaz; İsmet Yılmaz | Ismet Yilmaz | defence_minister 2011-07-06 2015-08-28
fikri_isik | Fikri Isik; Fikri Işık | = | defence_minister 2015-11-24 2017-07-19
nurettin_canikli | Nurettin Canikli | = | defence_minister 2017-07-19 2018-07-10
hulusi_akar | Hulusi Akar; Akar | = | chief_of_staff 2015-08-18 2018-07-10; defence_minister 2018-07-10 2023-06-04
yasar_guler | Yasar Güler; Yaşar Güler | Yasar Guler | chief_of_staff 2018-07-10 2023-06-04; defence_minister 2023-06-04 -
abdulkadir_aksu | Abdulkadir Aksu | = | interior_minister 2002-11-18 2007-08-29
besir_atalay | Besir Atalay; Beşir Atalay | Besir Atalay | interior_minister 2007-08-29 2011-07-06
idris_naim_sahin | Idris Naim Sahin; İdris Naim Şahin | Idris Naim Sahin | interior_minister 2011-07-06 2013-01-24
muammer_guler | Muammer Güler | Muammer Guler | interior_minister 2013-01-24 2013-12-26
efkan_ala | Efkan Ala | = | interior_minister 2013-12-26 2015-08-28; interior_minister 2015-11-24 2016-08-31
suleyman_soylu | Süleyman Soylu; Soylu | Suleyman Soylu; Soylu | interior_minister 2016-08-31 2023-06-04
ali_yerlikaya | Ali Yerlikaya; Yerlikaya | = | interior_minister 2023-06-04 -
kemal_kilicdaroglu | Kemal Kiliçdaroglu; Kemal Kılıçdaroğlu; Kemal Kilicdaroglu; Kiliçdaroglu; Kılıçdaroğlu; Kilicdaroglu | Kemal Kilicdaroglu; Kemal Kılıçdaroğlu; Kilicdaroglu | OPP:opposition_leader 2010-05-22 2023-11-05
ozgur_ozel | Özgür Özel | Ozgur Ozel | OPP:opposition_leader 2023-11-05 -
ekrem_imamoglu | Ekrem Imamoglu; Ekrem İmamoğlu; Imamoglu; İmamoğlu | Ekrem Imamoglu; Ekrem İmamoğlu; Imamoglu | mayor 2019-06-27 2025-03-23; OPP:opposition_leader 2025-03-23 -
selahattin_demirtas | Selahattin Demirtas; Selahattin Demirtaş; Demirtas; Demirtaş | = | OPP:party_leader 2014-06-22 2018-02-11
abdullah_ocalan | Abdullah Öcalan; Abdullah Ocalan; Öcalan; Ocalan | Abdullah Ocalan; Abdullah Öcalan; Ocalan | REB.PKK:leader 1978-11-27 -
fethullah_gulen | Fethullah Gülen; Gülen | Fethullah Gulen; Gulen | REL:religious_leader 1970-01 2024-10-20

@AFG
mullah_omar | Mollah Omar; le mollah Omar; Mohammed Omar | Mullah Omar; Mullah Mohammed Omar | emir 1996-09-27 2001-11-13; REB.TALIBAN:leader 1994-09 2013-04-23
akhtar_mansour | Akhtar Mansour; mollah Akhtar Mansour; Akhtar Mohammad Mansour | Akhtar Mansour; Mullah Akhtar Mansour | REB.TALIBAN:leader 2015-07-29 2016-05-21
hibatullah_akhundzada | Haibatullah Akhundzada; Hibatullah Akhundzada; Akhundzada | Hibatullah Akhundzada; Haibatullah Akhundzada; Akhundzada | REB.TALIBAN:leader 2016-05-25 2021-08-15; supreme_leader 2021-08-15 -
burhanuddin_rabbani | Burhanuddin Rabbani; Burhanuddine Rabbani | Burhanuddin Rabbani | president 1992-06-28 2001-12-22
hamid_karzai | Hamid Karzaï; Hamid Karzai; Karzaï; Karzai | Hamid Karzai; Karzai | president 2001-12-22 2014-09-29
ashraf_ghani | Ashraf Ghani; Ghani | = | president 2014-09-29 2021-08-15
abdullah_abdullah | Abdullah Abdullah; Abdallah Abdallah | Abdullah Abdullah | foreign_minister 2001-12-22 2006-03-20; chief_executive 2014-09-29 2020-03-11
rangin_dadfar_spanta | Rangin Dadfar Spanta | = | foreign_minister 2006-04-20 2010-01-19
zalmai_rassoul | Zalmaï Rassoul; Zalmai Rassoul | Zalmai Rassoul | foreign_minister 2010-01-19 2013-10-19
mohammad_hassan_akhund | Mohammad Hassan Akhund; mollah Hassan Akhund | Mohammad Hassan Akhund | prime_minister 2021-09-07 -
abdul_ghani_baradar | Abdul Ghani Baradar; mollah Baradar; Baradar | Abdul Ghani Baradar; Mullah Baradar; Baradar | deputy_prime_minister 2021-09-07 -
amir_khan_muttaqi | Amir Khan Muttaqi; Amir Khan Motaqi; Muttaqi | Amir Khan Muttaqi; Muttaqi | foreign_minister 2021-09-07 -
mohammad_yaqoob | Mohammad Yaqoob; mollah Yaqoub | Mohammad Yaqoob | defence_minister 2021-09-07 -
sirajuddin_haqqani | Sirajuddin Haqqani; Sirajouddine Haqqani | Sirajuddin Haqqani | REB.HAQQANI:leader 2018-09 2021-09-07; interior_minister 2021-09-07 -
jalaluddin_haqqani | Jalaluddin Haqqani; Jalalouddine Haqqani | Jalaluddin Haqqani | REB.HAQQANI:leader 1970-01 2018-09
gulbuddin_hekmatyar | Gulbuddin Hekmatyar; Hekmatyar | = | REB.HIZB_ISLAMI:leader 1977-01 2016-09-29
ahmad_shah_massoud | Ahmed Shah Massoud; Ahmad Shah Massoud; commandant Massoud | Ahmad Shah Massoud | REB.NORTHERN_ALLIANCE:leader 1996-09 2001-09-09
ahmad_massoud | Ahmad Massoud | = | REB.NRF:leader 2021-08 -

@PAK
pervez_musharraf | Pervez Musharraf; Pervez Moucharraf; Musharraf; Moucharraf | Pervez Musharraf; Musharraf | MIL:chief_of_staff 1998-10-07 2007-11-28; MIL:military_ruler 1999-10-12 2002-11-23; president 2001-06-20 2008-08-18
asif_ali_zardari | Asif Ali Zardari | = | president 2008-09-09 2013-09-09; president 2024-03-10 -
mamnoon_hussain | Mamnoon Hussain | = | president 2013-09-09 2018-09-09
arif_alvi | Arif Alvi | = | president 2018-09-09 2024-03-10
zafarullah_khan_jamali | Zafarullah Khan Jamali | = | prime_minister 2002-11-23 2004-06-26
shujaat_hussain | Chaudhry Shujaat Hussain; Shujaat Hussain | = | prime_minister 2004-06-30 2004-08-26
shaukat_aziz | Shaukat Aziz | = | prime_minister 2004-08-28 2007-11-16
yousaf_raza_gillani | Youssouf Raza Gilani; Yousuf Raza Gilani; Gilani | Yousaf Raza Gillani; Gilani | prime_minister 2008-03-25 2012-06-19
raja_pervaiz_ashraf | Raja Pervez Ashraf | Raja Pervaiz Ashraf | prime_minister 2012-06-22 2013-03-25
nawaz_sharif | Nawaz Sharif | = | prime_minister 1997-02-17 1999-10-12; prime_minister 2013-06-05 2017-07-28; foreign_minister 2013-06-07 2017-07-28
shahid_khaqan_abbasi | Shahid Khaqan Abbasi | = | prime_minister 2017-08-01 2018-05-31
imran_khan | Imran Khan | = | prime_minister 2018-08-18 2022-04-10; OPP:opposition_leader 2022-04-10 -
shehbaz_sharif | Shehbaz Sharif; Shahbaz Sharif | = | prime_minister 2022-04-11 2023-08-14; prime_minister 2024-03-04 -
anwaar_ul_haq_kakar | Anwaar-ul-Haq Kakar | = | prime_minister 2023-08-14 2024-03-04
benazir_bhutto | Benazir Bhutto | = | OPP:opposition_leader 1996-11 2007-12-27
bilawal_bhutto_zardari | Bilawal Bhutto Zardari; Bilawal Bhutto | = | foreign_minister 2022-04-27 2023-08-10
ashfaq_parvez_kayani | Ashfaq Parvez Kayani; Ashfaq Kayani; Kayani | = | MIL:chief_of_staff 2007-11-28 2013-11-29
raheel_sharif | Raheel Sharif | = | MIL:chief_of_staff 2013-11-29 2016-11-29
qamar_javed_bajwa | Qamar Javed Bajwa; Bajwa | = | MIL:chief_of_staff 2016-11-29 2022-11-29
asim_munir | Asim Munir; Munir | = | MIL:chief_of_staff 2022-11-29 -
khurshid_kasuri | Khurshid Kasuri; Khurshid Mahmud Kasuri | = | foreign_minister 2002-11-23 2007-11-15
shah_mahmood_qureshi | Shah Mehmood Qureshi; Qureshi | Shah Mahmood Qureshi; Qureshi | foreign_minister 2008-03-31 2011-02-11; foreign_minister 2018-08-20 2022-04-10
hina_rabbani_khar | Hina Rabbani Khar | = | foreign_minister 2011-07-19 2013-03-16
ishaq_dar | Ishaq Dar | = | foreign_minister 2024-03-11 -
""")

DATA.append(r"""
# -------- heads of international organisations (with their national offices)
@GHA
kofi_annan | Kofi Annan; Annan | = | IGO.UN:secretary_general 1997-01-01 2006-12-31; IGO.UN:un_special_envoy 2012-02-23 2012-08-31
@KOR
ban_ki_moon | Ban Ki-moon; Ban Ki-Moon | = | foreign_minister 2004-01-17 2006-11-09; IGO.UN:secretary_general 2007-01-01 2017-01-01
lee_jong_wook | Lee Jong-wook | = | IGO.WHO:director_general 2003-07-21 2006-05-22
@PRT
antonio_guterres | António Guterres; Antonio Guterres; Guterres | = | prime_minister 1995-10-28 2002-04-06; IGO.UNHCR:high_commissioner 2005-06-15 2015-12-31; IGO.UN:secretary_general 2017-01-01 -
jose_manuel_barroso | José Manuel Barroso; José Manuel Durão Barroso; Barroso | Jose Manuel Barroso; Barroso | prime_minister 2002-04-06 2004-07-17; IGO.EU:commission_president 2004-11-22 2014-10-31
antonio_costa | António Costa; Antonio Costa | = | prime_minister 2015-11-26 2024-04-02; IGO.EU:council_president 2024-12-01 -
@LUX
jean_claude_juncker | Jean-Claude Juncker; Juncker | = | prime_minister 1995-01-20 2013-12-04; IGO.EU:commission_president 2014-11-01 2019-11-30
@BEL
herman_van_rompuy | Herman Van Rompuy; Van Rompuy | = | prime_minister 2008-12-30 2009-11-25; IGO.EU:council_president 2009-12-01 2014-11-30
charles_michel | Charles Michel | = | prime_minister 2014-10-11 2019-10-27; IGO.EU:council_president 2019-12-01 2024-11-30
@POL
donald_tusk | Donald Tusk; Tusk | = | prime_minister 2007-11-16 2014-09-22; IGO.EU:council_president 2014-12-01 2019-11-30; prime_minister 2023-12-13 -
@ESP
javier_solana | Javier Solana; Solana | = | IGO.NATO:secretary_general 1995-12-05 1999-10-06; IGO.EU:high_representative 1999-10-18 2009-11-30
rodrigo_rato | Rodrigo Rato; Rodrigo de Rato | = | IGO.IMF:managing_director 2004-06-07 2007-10-31
@GBR
catherine_ashton | Catherine Ashton; Lady Ashton; Ashton | = | IGO.EU:high_representative 2009-12-01 2014-10-31
george_robertson | George Robertson; Lord Robertson | = | defence_minister 1997-05-03 1999-10-11; IGO.NATO:secretary_general 1999-10-14 2003-12-31
karim_khan | Karim Khan; Karim A. A. Khan | = | IGO.ICC:icc_prosecutor 2021-06-16 -
@EST
kaja_kallas | Kaja Kallas | = | prime_minister 2021-01-26 2024-07-23; IGO.EU:high_representative 2024-12-01 -
@NLD
jaap_de_hoop_scheffer | Jaap de Hoop Scheffer; de Hoop Scheffer | = | foreign_minister 2002-07-22 2003-12-03; IGO.NATO:secretary_general 2004-01-01 2009-07-31
mark_rutte | Mark Rutte; Rutte | = | prime_minister 2010-10-14 2024-07-02; IGO.NATO:secretary_general 2024-10-01 -
ruud_lubbers | Ruud Lubbers | = | IGO.UNHCR:high_commissioner 2001-01-01 2005-02-20
@DNK
anders_fogh_rasmussen | Anders Fogh Rasmussen | = | prime_minister 2001-11-27 2009-04-05; IGO.NATO:secretary_general 2009-08-01 2014-09-30
@NOR
jens_stoltenberg | Jens Stoltenberg; Stoltenberg | = | prime_minister 2000-03-17 2001-10-19; prime_minister 2005-10-17 2013-10-16; IGO.NATO:secretary_general 2014-10-01 2024-10-01; finance_minister 2025-02-04 -
gro_harlem_brundtland | Gro Harlem Brundtland; Brundtland | = | IGO.WHO:director_general 1998-07-21 2003-07-21
geir_pedersen | Geir Pedersen | = | IGO.UN:un_special_envoy 2019-01-07 -
@FRA
jean_claude_trichet | Jean-Claude Trichet; Trichet | = | IGO.ECB:central_bank_president 2003-11-01 2011-10-31
christine_lagarde | Christine Lagarde; Lagarde | = | IGO.IMF:managing_director 2011-07-05 2019-09-12; IGO.ECB:central_bank_president 2019-11-01 -
dominique_strauss_kahn | Dominique Strauss-Kahn; Strauss-Kahn; DSK | = | IGO.IMF:managing_director 2007-11-01 2011-05-18
pascal_lamy | Pascal Lamy; Lamy | = | IGO.WTO:director_general 2005-09-01 2013-08-31
@DEU
martin_schulz | Martin Schulz | = | IGO.EU:parliament_president 2012-01-17 2017-01-17
@ITA
david_sassoli | David Sassoli; Sassoli | = | IGO.EU:parliament_president 2019-07-03 2022-01-11
filippo_grandi | Filippo Grandi | = | IGO.UNHCR:high_commissioner 2016-01-01 2025-12-31
staffan_de_mistura | Staffan de Mistura; de Mistura | = | IGO.UN:un_special_envoy 2014-07-10 2019-01-07
@MLT
roberta_metsola | Roberta Metsola; Metsola | = | IGO.EU:parliament_president 2022-01-18 -
@BGR
kristalina_georgieva | Kristalina Georgieva; Georgieva | = | IGO.WB:bank_chief_executive 2017-01-02 2019-09-30; IGO.IMF:managing_director 2019-10-01 -
@USA
james_wolfensohn | James Wolfensohn; Wolfensohn | = | IGO.WB:bank_president 1995-06-01 2005-05-31
paul_wolfowitz | Paul Wolfowitz; Wolfowitz | = | deputy_defence_minister 2001-03-02 2005-05-31; IGO.WB:bank_president 2005-06-01 2007-06-30
robert_zoellick | Robert Zoellick; Zoellick | = | IGO.WB:bank_president 2007-07-01 2012-06-30
jim_yong_kim | Jim Yong Kim | = | IGO.WB:bank_president 2012-07-01 2019-01-31
david_malpass | David Malpass; Malpass | = | IGO.WB:bank_president 2019-04-09 2023-06-01
ajay_banga | Ajay Banga; Banga | = | IGO.WB:bank_president 2023-06-02 -
@CHN
margaret_chan | Margaret Chan | = | IGO.WHO:director_general 2007-01-04 2017-06-30
@ETH
tedros_adhanom_ghebreyesus | Tedros Adhanom Ghebreyesus; Tedros Adhanom; Tedros | = | foreign_minister 2012-11-29 2016-11-01; IGO.WHO:director_general 2017-07-01 -
@ARG
luis_moreno_ocampo | Luis Moreno Ocampo; Luis Moreno-Ocampo; Moreno Ocampo | = | IGO.ICC:icc_prosecutor 2003-06-16 2012-06-15
rafael_grossi | Rafael Grossi; Rafael Mariano Grossi; Grossi | = | IGO.IAEA:director_general 2019-12-03 -
@GMB
fatou_bensouda | Fatou Bensouda; Bensouda | = | IGO.ICC:icc_prosecutor 2012-06-15 2021-06-15
omar_touray | Omar Touray; Omar Alieu Touray | = | IGO.ECOWAS:commission_president 2022-07-03 -
@CIV
jean_claude_kassi_brou | Jean-Claude Kassi Brou | = | IGO.ECOWAS:commission_president 2018-03-01 2022-07-03
@JPN
yukiya_amano | Yukiya Amano; Amano | = | IGO.IAEA:director_general 2009-12-01 2019-07-18
@CAN
louise_arbour | Louise Arbour | = | IGO.UN:high_commissioner_human_rights 2004-07-01 2008-06-30
@ZAF
navi_pillay | Navi Pillay; Navanethem Pillay | = | IGO.UN:high_commissioner_human_rights 2008-09-01 2014-08-31
nkosazana_dlamini_zuma | Nkosazana Dlamini-Zuma; Dlamini-Zuma | = | foreign_minister 1999-06-17 2009-05-10; IGO.AU:commission_chairperson 2012-10-15 2017-03-14
@JOR
zeid_raad_al_hussein | Zeid Ra'ad Al Hussein; Zeid Ra'ad al-Hussein | = | IGO.UN:high_commissioner_human_rights 2014-09-01 2018-08-31
@CHL
michelle_bachelet | Michelle Bachelet; Bachelet | = | president 2006-03-11 2010-03-11; president 2014-03-11 2018-03-11; IGO.UN:high_commissioner_human_rights 2018-09-01 2022-08-31
@AUT
volker_turk | Volker Türk; Volker Turk | = | IGO.UN:high_commissioner_human_rights 2022-10-17 -
@MLI
alpha_oumar_konare | Alpha Oumar Konaré; Alpha Oumar Konare; Konaré | Alpha Oumar Konare; Konare | president 1992-06-08 2002-06-08; IGO.AU:commission_chairperson 2003-09-16 2008-04-28
@GAB
jean_ping | Jean Ping | = | IGO.AU:commission_chairperson 2008-04-28 2012-10-15; OPP:opposition_leader 2016-08 2023-08
@TCD
moussa_faki_mahamat | Moussa Faki Mahamat; Moussa Faki | = | prime_minister 2003-06-24 2005-02-04; foreign_minister 2008-04-23 2017-01-30; IGO.AU:commission_chairperson 2017-03-14 2025-02-15
@DJI
mahmoud_ali_youssouf | Mahmoud Ali Youssouf | = | foreign_minister 2005-05-22 2025-02-15; IGO.AU:commission_chairperson 2025-02-15 -
@NGA
mohammed_barkindo | Mohammed Barkindo; Mohammad Barkindo | = | IGO.OPEC:secretary_general 2016-08-01 2022-07-05
ngozi_okonjo_iweala | Ngozi Okonjo-Iweala; Okonjo-Iweala | = | finance_minister 2011-08-17 2015-05-29; IGO.WTO:director_general 2021-03-01 -
@KWT
haitham_al_ghais | Haitham al-Ghais | = | IGO.OPEC:secretary_general 2022-08-01 -
@BRA
roberto_azevedo | Roberto Azevêdo; Roberto Azevedo | = | IGO.WTO:director_general 2013-09-01 2020-08-31
@DZA
lakhdar_brahimi | Lakhdar Brahimi; Brahimi | = | IGO.UN:un_special_envoy 2012-08-17 2014-05-31
@CHE
philippe_lazzarini | Philippe Lazzarini; Lazzarini | = | IGO.UNRWA:commissioner_general 2020-04-01 -

# -------- leaders of armed groups
@SAU
osama_bin_laden | Oussama ben Laden; Ousama ben Laden; Oussama Ben Laden; ben Laden; Ben Laden; Osama bin Laden | Osama bin Laden; Usama bin Laden; bin Laden | REB.AL_QAEDA:leader 1988-08-11 2011-05-02
@EGY
ayman_al_zawahiri | Ayman al-Zawahiri; Ayman al-Zaouahiri; al-Zawahiri; Zawahiri; Zaouahiri | Ayman al-Zawahiri; Zawahiri | REB.AL_QAEDA:leader 2011-06-16 2022-07-31
@JOR
abu_musab_al_zarqawi | Abou Moussab al-Zarkaoui; Abou Moussab al-Zarqaoui; Abu Musab al-Zarqawi; Zarkaoui; Zarqaoui; Zarqawi | Abu Musab al-Zarqawi; Zarqawi | REB.AL_QAEDA_IRAQ:leader 2004-10-17 2006-06-07
@IRQ
abu_omar_al_baghdadi | Abou Omar al-Baghdadi | Abu Omar al-Baghdadi | REB.ISIS:leader 2006-10-15 2010-04-18
abu_bakr_al_baghdadi | Abou Bakr al-Baghdadi; Abu Bakr al-Baghdadi | Abu Bakr al-Baghdadi; al-Baghdadi | REB.ISIS:leader 2010-05-16 2019-10-27
abu_ibrahim_al_hashimi_al_qurashi | Abou Ibrahim al-Hachimi al-Qourachi; Abou Ibrahim al-Hachemi al-Qourachi | Abu Ibrahim al-Hashimi al-Qurashi | REB.ISIS:leader 2019-10-31 2022-02-03
abu_al_hasan_al_hashimi_al_qurashi | Abou al-Hassan al-Hachimi al-Qourachi | Abu al-Hasan al-Hashimi al-Qurashi | REB.ISIS:leader 2022-03-10 2022-10-15
abu_hafs_al_hashimi_al_qurashi | Abou Hafs al-Hachimi al-Qourachi | Abu Hafs al-Hashimi al-Qurashi | REB.ISIS:leader 2023-08-03 -
@SYR
abu_mohammad_al_adnani | Abou Mohammed al-Adnani; Abou Mohammad al-Adnani | Abu Mohammad al-Adnani | REB.ISIS:spokesperson 2014-01 2016-08-30
@YEM
nasir_al_wuhayshi | Nasser al-Wahaychi; Nasser al-Wuhayshi | Nasir al-Wuhayshi | REB.AQAP:leader 2009-01 2015-06-12
qasim_al_raymi | Qassem al-Rimi; Qassim al-Rimi | Qasim al-Raymi | REB.AQAP:leader 2015-06-16 2020-01-29
khalid_batarfi | Khaled Batarfi; Khalid Batarfi | Khalid Batarfi | REB.AQAP:leader 2020-02-23 2024-03-10
anwar_al_awlaki | Anouar al-Aoulaqi; Anwar al-Awlaki | Anwar al-Awlaki | REB.AQAP:commander 2009-01 2011-09-30
@DZA
abdelmalek_droukdel | Abdelmalek Droukdel; Abdelmalek Droukdal; Droukdel; Abou Moussab Abdel Wadoud | Abdelmalek Droukdel; Droukdel | REB.AQIM:leader 2004-08 2020-06-03
mokhtar_belmokhtar | Mokhtar Belmokhtar; Belmokhtar | = | REB.AL_MOURABITOUN:leader 2013-08-22 -
@MLI
iyad_ag_ghali | Iyad Ag Ghaly; Iyad ag Ghali; Ag Ghaly | Iyad Ag Ghaly; Iyad ag Ghali | REB.ANSAR_DINE:leader 2012-01 2017-03-02; REB.JNIM:leader 2017-03-02 -
amadou_koufa | Amadou Koufa; Koufa | = | REB.KATIBA_MACINA:leader 2015-01 -
@ESH
adnan_abu_walid_al_sahrawi | Adnan Abou Walid al-Sahraoui; Abou Walid al-Sahraoui | Adnan Abu Walid al-Sahrawi | REB.EIGS:leader 2015-05-15 2021-08-17
@NGA
mohammed_yusuf | Mohamed Yusuf; Mohammed Yusuf | Mohammed Yusuf | REB.BOKO_HARAM:leader 2002-01 2009-07-30
abubakar_shekau | Abubakar Shekau; Aboubakar Shekau; Shekau | Abubakar Shekau; Shekau | REB.BOKO_HARAM:leader 2009-07-30 2021-05-19
@SOM
ahmed_abdi_godane | Ahmed Abdi Godane; Godane | = | REB.AL_SHABAAB:leader 2008-05 2014-09-01
ahmed_umar | Ahmed Diriye; Ahmed Omar Abou Oubaïda | Ahmad Umar; Abu Ubaidah; Ahmed Diriye | REB.AL_SHABAAB:leader 2014-09-06 -
@COL
manuel_marulanda | Manuel Marulanda; Tirofijo | = | REB.FARC:leader 1964-05-27 2008-03-26
alfonso_cano | Alfonso Cano | = | REB.FARC:leader 2008-03-26 2011-11-04
rodrigo_londono | Rodrigo Londoño; Timoleón Jiménez | Rodrigo Londono; Timochenko; Timoleon Jimenez | REB.FARC:leader 2011-11-15 2017-08-31; OPP:party_leader 2017-08-31 -
raul_reyes | Raúl Reyes; Raul Reyes | = | REB.FARC:commander 1990-01 2008-03-01
@TUR
murat_karayilan | Murat Karayilan; Murat Karayılan; Karayilan | = | REB.PKK:commander 2004-01 -
@UGA
joseph_kony | Joseph Kony; Kony | = | REB.LRA:leader 1987-01 -
@COD
sultani_makenga | Sultani Makenga; Makenga | = | REB.M23:leader 2013-02 -
corneille_nangaa | Corneille Nangaa; Nangaa | = | REB.AFC:leader 2023-12-15 -
@RUS
ramzan_kadyrov | Ramzan Kadyrov; Kadyrov | = | regional_president 2007-04-05 -
shamil_basayev | Chamil Bassaïev; Chamil Bassaev; Bassaïev | Shamil Basayev; Basayev | REB.CHECHEN_REBELS:leader 1991-11 2006-07-10
""")

DATA.append(r"""
@CAN
jean_chretien | Jean Chrétien; Jean Chretien | Jean Chretien; Jean Chrétien | prime_minister 1993-11-04 2003-12-12
paul_martin | Paul Martin | = | prime_minister 2003-12-12 2006-02-06
stephen_harper | Stephen Harper; Harper | = | prime_minister 2006-02-06 2015-11-04
justin_trudeau | Justin Trudeau; Trudeau | = | prime_minister 2015-11-04 2025-03-14
mark_carney | Mark Carney; Carney | = | prime_minister 2025-03-14 -
john_manley | John Manley | = | foreign_minister 2000-10-17 2002-01-16
bill_graham | Bill Graham | = | foreign_minister 2002-01-16 2004-07-20; defence_minister 2004-07-20 2006-02-06
pierre_pettigrew | Pierre Pettigrew | = | foreign_minister 2004-07-20 2006-02-06
peter_mackay | Peter MacKay; MacKay | = | foreign_minister 2006-02-06 2007-08-14; defence_minister 2007-08-14 2013-07-15
maxime_bernier | Maxime Bernier | = | foreign_minister 2007-08-14 2008-05-26
lawrence_cannon | Lawrence Cannon | = | foreign_minister 2008-10-30 2011-05-18
john_baird | John Baird | = | foreign_minister 2011-05-18 2015-02-03
rob_nicholson | Rob Nicholson | = | defence_minister 2013-07-15 2015-02-09; foreign_minister 2015-02-09 2015-11-04
stephane_dion | Stéphane Dion | Stephane Dion | foreign_minister 2015-11-04 2017-01-10
chrystia_freeland | Chrystia Freeland; Freeland | = | foreign_minister 2017-01-10 2019-11-20
francois_philippe_champagne | François-Philippe Champagne | Francois-Philippe Champagne | foreign_minister 2019-11-20 2021-01-12
marc_garneau | Marc Garneau | = | foreign_minister 2021-01-12 2021-10-26
melanie_joly | Mélanie Joly; Melanie Joly | = | foreign_minister 2021-10-26 2025-05-13
anita_anand | Anita Anand | = | defence_minister 2021-10-26 2023-07-26; foreign_minister 2025-05-13 -
gordon_oconnor | Gordon O'Connor | = | defence_minister 2006-02-06 2007-08-14
jason_kenney | Jason Kenney | = | defence_minister 2015-02-09 2015-11-04
harjit_sajjan | Harjit Sajjan; Sajjan | = | defence_minister 2015-11-04 2021-10-26
david_mcguinty | David McGuinty | = | defence_minister 2025-05-13 -

@AUS
john_howard | John Howard | = | prime_minister 1996-03-11 2007-12-03
kevin_rudd | Kevin Rudd | = | prime_minister 2007-12-03 2010-06-24; foreign_minister 2010-09-14 2012-02-22; prime_minister 2013-06-27 2013-09-18
julia_gillard | Julia Gillard; Gillard | = | prime_minister 2010-06-24 2013-06-27
tony_abbott | Tony Abbott; Abbott | = | prime_minister 2013-09-18 2015-09-15
malcolm_turnbull | Malcolm Turnbull; Turnbull | = | prime_minister 2015-09-15 2018-08-24
scott_morrison | Scott Morrison; Morrison | = | prime_minister 2018-08-24 2022-05-23
anthony_albanese | Anthony Albanese | = | prime_minister 2022-05-23 -
alexander_downer | Alexander Downer; Downer | = | foreign_minister 1996-03-11 2007-12-03
stephen_smith | Stephen Smith | = | foreign_minister 2007-12-03 2010-09-14; defence_minister 2010-09-14 2013-09-18
bob_carr | Bob Carr | = | foreign_minister 2012-03-13 2013-09-18
julie_bishop | Julie Bishop | = | foreign_minister 2013-09-18 2018-08-24
marise_payne | Marise Payne | = | defence_minister 2015-09-21 2018-08-28; foreign_minister 2018-08-28 2022-05-23
penny_wong | Penny Wong | = | foreign_minister 2022-05-23 -
robert_hill | Robert Hill | = | defence_minister 2001-11-26 2006-01-27
brendan_nelson | Brendan Nelson | = | defence_minister 2006-01-27 2007-12-03
joel_fitzgibbon | Joel Fitzgibbon | = | defence_minister 2007-12-03 2009-06-09
john_faulkner | John Faulkner | = | defence_minister 2009-06-09 2010-09-14
david_johnston | David Johnston | = | defence_minister 2013-09-18 2014-12-23
kevin_andrews | Kevin Andrews | = | defence_minister 2014-12-23 2015-09-21
christopher_pyne | Christopher Pyne | = | defence_minister 2018-08-28 2019-05-29
linda_reynolds | Linda Reynolds | = | defence_minister 2019-05-29 2021-03-30
peter_dutton | Peter Dutton; Dutton | = | interior_minister 2017-12-20 2021-03-30; defence_minister 2021-03-30 2022-05-23; OPP:opposition_leader 2022-05-30 2025-05-13
richard_marles | Richard Marles; Marles | = | defence_minister 2022-05-23 -

@BRA
fernando_henrique_cardoso | Fernando Henrique Cardoso | = | president 1995-01-01 2003-01-01
lula_da_silva | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula | Luiz Inácio Lula da Silva; Lula da Silva; Lula | president 2003-01-01 2011-01-01; president 2023-01-01 -
dilma_rousseff | Dilma Rousseff; Rousseff | = | president 2011-01-01 2016-08-31
michel_temer | Michel Temer; Temer | = | vice_president 2011-01-01 2016-08-31; acting_president 2016-05-12 2016-08-31; president 2016-08-31 2019-01-01
jair_bolsonaro | Jair Bolsonaro; Bolsonaro | = | president 2019-01-01 2023-01-01
celso_lafer | Celso Lafer | = | foreign_minister 2001-01-29 2003-01-01
celso_amorim | Celso Amorim; Amorim | = | foreign_minister 2003-01-01 2011-01-01; defence_minister 2011-08-08 2015-01-01
antonio_patriota | Antonio Patriota | = | foreign_minister 2011-01-01 2013-08-28
luiz_alberto_figueiredo | Luiz Alberto Figueiredo | = | foreign_minister 2013-08-28 2015-01-01
mauro_vieira | Mauro Vieira | = | foreign_minister 2015-01-01 2016-05-12; foreign_minister 2023-01-01 -
jose_serra | José Serra | Jose Serra | foreign_minister 2016-05-12 2017-02-22
aloysio_nunes | Aloysio Nunes | = | foreign_minister 2017-03-07 2019-01-01
ernesto_araujo | Ernesto Araújo | Ernesto Araujo | foreign_minister 2019-01-01 2021-03-29
carlos_franca | Carlos França | Carlos Franca | foreign_minister 2021-04-06 2023-01-01
raul_jungmann | Raul Jungmann | = | defence_minister 2016-05-12 2018-02-26
fernando_azevedo_e_silva | Fernando Azevedo e Silva | = | defence_minister 2019-01-01 2021-03-29
walter_braga_netto | Walter Braga Netto; Braga Netto | = | defence_minister 2021-03-29 2022-03-31
jose_mucio | José Múcio | Jose Mucio | defence_minister 2023-01-01 -

@ARG
fernando_de_la_rua | Fernando de la Rúa; De la Rúa | Fernando de la Rua | president 1999-12-10 2001-12-21
eduardo_duhalde | Eduardo Duhalde; Duhalde | = | president 2002-01-02 2003-05-25
nestor_kirchner | Néstor Kirchner; Nestor Kirchner | = | president 2003-05-25 2007-12-10
cristina_fernandez_de_kirchner | Cristina Fernández de Kirchner; Cristina Kirchner; Cristina Fernández | Cristina Fernandez de Kirchner; Cristina Kirchner | president 2007-12-10 2015-12-10; vice_president 2019-12-10 2023-12-10
mauricio_macri | Mauricio Macri; Macri | = | president 2015-12-10 2019-12-10
alberto_fernandez | Alberto Fernández; Alberto Fernandez | = | president 2019-12-10 2023-12-10
javier_milei | Javier Milei; Milei | = | president 2023-12-10 -
jorge_taiana | Jorge Taiana | = | foreign_minister 2005-12-01 2010-06-18; defence_minister 2022-08-10 2023-12-10
hector_timerman | Héctor Timerman; Timerman | Hector Timerman | foreign_minister 2010-06-18 2015-12-10
susana_malcorra | Susana Malcorra | = | foreign_minister 2015-12-10 2017-06-12
jorge_faurie | Jorge Faurie | = | foreign_minister 2017-06-12 2019-12-10
felipe_sola | Felipe Solá | Felipe Sola | foreign_minister 2019-12-10 2021-09-20
santiago_cafiero | Santiago Cafiero | = | foreign_minister 2021-09-20 2023-12-10
diana_mondino | Diana Mondino | = | foreign_minister 2023-12-10 2024-10-30
gerardo_werthein | Gerardo Werthein | = | foreign_minister 2024-10-30 2025-10-22
patricia_bullrich | Patricia Bullrich; Bullrich | = | interior_minister 2015-12-10 2019-12-10; interior_minister 2023-12-10 2025-12

@MEX
ernesto_zedillo | Ernesto Zedillo; Zedillo | = | president 1994-12-01 2000-12-01
vicente_fox | Vicente Fox | = | president 2000-12-01 2006-12-01
felipe_calderon | Felipe Calderón; Calderón | Felipe Calderon; Calderon | president 2006-12-01 2012-12-01
enrique_pena_nieto | Enrique Peña Nieto; Peña Nieto | Enrique Pena Nieto; Pena Nieto | president 2012-12-01 2018-12-01
andres_manuel_lopez_obrador | Andrés Manuel López Obrador; López Obrador; AMLO | Andres Manuel Lopez Obrador; Lopez Obrador; AMLO | president 2018-12-01 2024-10-01
claudia_sheinbaum | Claudia Sheinbaum; Sheinbaum | = | president 2024-10-01 -
jorge_castaneda | Jorge Castañeda | Jorge Castaneda | foreign_minister 2000-12-01 2003-01-10
luis_ernesto_derbez | Luis Ernesto Derbez | = | foreign_minister 2003-01-10 2006-12-01
patricia_espinosa | Patricia Espinosa | = | foreign_minister 2006-12-01 2012-12-01
jose_antonio_meade | José Antonio Meade | Jose Antonio Meade | foreign_minister 2012-12-01 2015-08-27
claudia_ruiz_massieu | Claudia Ruiz Massieu | = | foreign_minister 2015-08-27 2017-01-04
luis_videgaray | Luis Videgaray; Videgaray | = | foreign_minister 2017-01-04 2018-12-01
marcelo_ebrard | Marcelo Ebrard; Ebrard | = | foreign_minister 2018-12-01 2023-06-12
alicia_barcena | Alicia Bárcena | Alicia Barcena | foreign_minister 2023-07-03 2024-10-01
juan_ramon_de_la_fuente | Juan Ramón de la Fuente | Juan Ramon de la Fuente | foreign_minister 2024-10-01 -

@IDN
abdurrahman_wahid | Abdurrahman Wahid; Gus Dur | = | president 1999-10-20 2001-07-23
megawati_sukarnoputri | Megawati Sukarnoputri; Megawati Soekarnoputri; Megawati | = | president 2001-07-23 2004-10-20
susilo_bambang_yudhoyono | Susilo Bambang Yudhoyono; Yudhoyono | = | president 2004-10-20 2014-10-20
joko_widodo | Joko Widodo; Jokowi; Widodo | = | president 2014-10-20 2024-10-20
prabowo_subianto | Prabowo Subianto; Prabowo | = | defence_minister 2019-10-23 2024-10-20; president 2024-10-20 -
hassan_wirajuda | Hassan Wirajuda | = | foreign_minister 2001-08-10 2009-10-22
marty_natalegawa | Marty Natalegawa | = | foreign_minister 2009-10-22 2014-10-20
retno_marsudi | Retno Marsudi | = | foreign_minister 2014-10-27 2024-10-20
sugiono | Sugiono | = | foreign_minister 2024-10-21 -

@KOR
kim_dae_jung | Kim Dae-jung; Kim Dae-Jung | = | president 1998-02-25 2003-02-25
roh_moo_hyun | Roh Moo-hyun | = | president 2003-02-25 2008-02-25
lee_myung_bak | Lee Myung-bak | = | president 2008-02-25 2013-02-25
park_geun_hye | Park Geun-hye | = | president 2013-02-25 2017-03-10
moon_jae_in | Moon Jae-in; Moon | = | president 2017-05-10 2022-05-10
yoon_suk_yeol | Yoon Suk-yeol; Yoon Suk Yeol; Yoon | = | president 2022-05-10 2025-04-04
lee_jae_myung | Lee Jae-myung | = | president 2025-06-04 -
song_min_soon | Song Min-soon | = | foreign_minister 2006-12-01 2008-02-29
yu_myung_hwan | Yu Myung-hwan | = | foreign_minister 2008-02-29 2010-09-04
kim_sung_hwan | Kim Sung-hwan | = | foreign_minister 2010-10-08 2013-03-11
yun_byung_se | Yun Byung-se | = | foreign_minister 2013-03-11 2017-06-18
kang_kyung_wha | Kang Kyung-wha | = | foreign_minister 2017-06-18 2021-02-08
chung_eui_yong | Chung Eui-yong | = | foreign_minister 2021-02-09 2022-05-12
park_jin | Park Jin | = | foreign_minister 2022-05-12 2024-01-10
cho_tae_yul | Cho Tae-yul | = | foreign_minister 2024-01-10 2025-06-04

@PRK
kim_jong_il | Kim Jong-il; Kim Jong Il | = | supreme_leader 1994-07-08 2011-12-17
kim_jong_un | Kim Jong-un; Kim Jong Un | = | supreme_leader 2011-12-17 -
kim_yo_jong | Kim Yo-jong; Kim Yo Jong | = | party_official 2014-11 -
kim_yong_nam | Kim Yong-nam; Kim Yong Nam | = | president 1998-09-05 2019-04-11
paek_nam_sun | Paek Nam-sun | = | foreign_minister 1998-09-05 2007-01-02
pak_ui_chun | Pak Ui-chun | = | foreign_minister 2007-05-18 2014-04-09
ri_su_yong | Ri Su-yong | = | foreign_minister 2014-04-09 2016-05-09
ri_yong_ho | Ri Yong-ho | = | foreign_minister 2016-05-09 2020-01-18
ri_son_gwon | Ri Son-gwon | = | foreign_minister 2020-01-18 2022-06-11
choe_son_hui | Choe Son-hui; Choe Son Hui | = | foreign_minister 2022-06-11 -

@ZAF
nelson_mandela | Nelson Mandela; Mandela | = | president 1994-05-10 1999-06-14
thabo_mbeki | Thabo Mbeki; Mbeki | = | president 1999-06-14 2008-09-24
kgalema_motlanthe | Kgalema Motlanthe; Motlanthe | = | president 2008-09-25 2009-05-09
jacob_zuma | Jacob Zuma; Zuma | = | president 2009-05-09 2018-02-14
cyril_ramaphosa | Cyril Ramaphosa; Ramaphosa | = | president 2018-02-15 -
maite_nkoana_mashabane | Maite Nkoana-Mashabane | = | foreign_minister 2009-05-10 2018-02-26
lindiwe_sisulu | Lindiwe Sisulu | = | foreign_minister 2018-02-27 2019-05-29
naledi_pandor | Naledi Pandor | = | foreign_minister 2019-05-30 2024-07-03
ronald_lamola | Ronald Lamola | = | foreign_minister 2024-07-03 -
julius_malema | Julius Malema; Malema | = | OPP:party_leader 2013-07-26 -

@VEN
hugo_chavez | Hugo Chávez; Hugo Chavez; Chávez; Chavez | = | president 1999-02-02 2013-03-05
nicolas_maduro | Nicolás Maduro; Nicolas Maduro; Maduro | = | foreign_minister 2006-08-09 2013-01-15; vice_president 2012-10-13 2013-03-05; president 2013-03-05 -
juan_guaido | Juan Guaidó; Juan Guaido; Guaidó; Guaido | = | speaker 2019-01-05 2021-01-05; OPP:opposition_leader 2019-01-23 2023-01-05
delcy_rodriguez | Delcy Rodríguez; Delcy Rodriguez | = | foreign_minister 2014-12-26 2017-06-21; vice_president 2018-06-14 -
jorge_arreaza | Jorge Arreaza | = | foreign_minister 2017-08-02 2021-08-26
yvan_gil | Yván Gil; Yvan Gil | = | foreign_minister 2023-03-22 -
henrique_capriles | Henrique Capriles; Capriles | = | OPP:opposition_leader 2012-04 2019-01
leopoldo_lopez | Leopoldo López; Leopoldo Lopez | = | OPP:opposition_leader 2014-01 -
maria_corina_machado | María Corina Machado; Maria Corina Machado | = | OPP:opposition_leader 2023-10-22 -
edmundo_gonzalez_urrutia | Edmundo González Urrutia; Edmundo González; Edmundo Gonzalez | = | OPP:opposition_leader 2024-04-19 -
vladimir_padrino_lopez | Vladimir Padrino López; Padrino López | Vladimir Padrino Lopez | defence_minister 2014-10-24 -
diosdado_cabello | Diosdado Cabello; Cabello | = | speaker 2012-01-05 2016-01-05; interior_minister 2024-08-27 -

@CUB
fidel_castro | Fidel Castro | = | president 1976-12-02 2008-02-24
raul_castro | Raúl Castro; Raul Castro | = | defence_minister 1959-10-16 2008-02-24; president 2008-02-24 2018-04-19; party_first_secretary 2011-04-19 2021-04-19
miguel_diaz_canel | Miguel Díaz-Canel; Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel | = | president 2018-04-19 -; party_first_secretary 2021-04-19 -
manuel_marrero | Manuel Marrero; Manuel Marrero Cruz | = | prime_minister 2019-12-21 -
felipe_perez_roque | Felipe Pérez Roque | Felipe Perez Roque | foreign_minister 1999-05-28 2009-03-02
bruno_rodriguez_parrilla | Bruno Rodríguez Parrilla; Bruno Rodríguez | Bruno Rodriguez Parrilla; Bruno Rodriguez | foreign_minister 2009-03-02 -

@COL
andres_pastrana | Andrés Pastrana; Pastrana | Andres Pastrana; Pastrana | president 1998-08-07 2002-08-07
alvaro_uribe | Álvaro Uribe; Alvaro Uribe; Uribe | = | president 2002-08-07 2010-08-07
juan_manuel_santos | Juan Manuel Santos | = | defence_minister 2006-07-19 2009-05-18; president 2010-08-07 2018-08-07
ivan_duque | Iván Duque; Ivan Duque; Duque | = | president 2018-08-07 2022-08-07
gustavo_petro | Gustavo Petro; Petro | = | president 2022-08-07 2026-08-07

@CHL
ricardo_lagos | Ricardo Lagos | = | president 2000-03-11 2006-03-11
sebastian_pinera | Sebastián Piñera; Sebastian Pinera; Piñera | Sebastian Pinera; Pinera | president 2010-03-11 2014-03-11; president 2018-03-11 2022-03-11
gabriel_boric | Gabriel Boric; Boric | = | president 2022-03-11 2026-03-11

@BOL
evo_morales | Evo Morales; Morales | = | president 2006-01-22 2019-11-10
jeanine_anez | Jeanine Áñez; Jeanine Anez | = | president 2019-11-12 2020-11-08
luis_arce | Luis Arce | = | president 2020-11-08 2025-11-08
rodrigo_paz | Rodrigo Paz; Rodrigo Paz Pereira | = | president 2025-11-08 -

@NIC
daniel_ortega | Daniel Ortega; Ortega | = | president 1985-01-10 1990-04-25; president 2007-01-10 -

@ECU
rafael_correa | Rafael Correa; Correa | = | president 2007-01-15 2017-05-24
lenin_moreno | Lenín Moreno; Lenin Moreno | = | president 2017-05-24 2021-05-24
guillermo_lasso | Guillermo Lasso | = | president 2021-05-24 2023-11-23
daniel_noboa | Daniel Noboa | = | president 2023-11-23 -

@PER
alberto_fujimori | Alberto Fujimori | = | president 1990-07-28 2000-11-22
alejandro_toledo | Alejandro Toledo | = | president 2001-07-28 2006-07-28
alan_garcia | Alan García; Alan Garcia | = | president 2006-07-28 2011-07-28
ollanta_humala | Ollanta Humala; Humala | = | president 2011-07-28 2016-07-28
pedro_pablo_kuczynski | Pedro Pablo Kuczynski; Kuczynski | = | president 2016-07-28 2018-03-23
martin_vizcarra | Martín Vizcarra; Martin Vizcarra; Vizcarra | = | president 2018-03-23 2020-11-10
pedro_castillo | Pedro Castillo | = | president 2021-07-28 2022-12-07
dina_boluarte | Dina Boluarte; Boluarte | = | president 2022-12-07 2025-10-10
jose_jeri | José Jerí; Jose Jeri | = | president 2025-10-10 2026-07-28
""")

DATA.append(r"""
@POL
aleksander_kwasniewski | Aleksander Kwaśniewski; Aleksander Kwasniewski; Kwaśniewski; Kwasniewski | Aleksander Kwasniewski; Kwasniewski | president 1995-12-23 2005-12-23
lech_kaczynski | Lech Kaczyński; Lech Kaczynski | Lech Kaczynski | president 2005-12-23 2010-04-10
jaroslaw_kaczynski | Jarosław Kaczyński; Jaroslaw Kaczynski | Jaroslaw Kaczynski | prime_minister 2006-07-14 2007-11-16; OPP:party_leader 2007-11-16 -
bronislaw_komorowski | Bronisław Komorowski; Bronislaw Komorowski; Komorowski | Bronislaw Komorowski; Komorowski | president 2010-04-10 2015-08-06
andrzej_duda | Andrzej Duda; Duda | = | president 2015-08-06 2025-08-06
karol_nawrocki | Karol Nawrocki; Nawrocki | = | president 2025-08-06 -
jerzy_buzek | Jerzy Buzek; Buzek | = | prime_minister 1997-10-31 2001-10-19; IGO.EU:parliament_president 2009-07-14 2012-01-17
leszek_miller | Leszek Miller | = | prime_minister 2001-10-19 2004-05-02
marek_belka | Marek Belka | = | prime_minister 2004-05-02 2005-10-31
kazimierz_marcinkiewicz | Kazimierz Marcinkiewicz | = | prime_minister 2005-10-31 2006-07-14
ewa_kopacz | Ewa Kopacz; Kopacz | = | prime_minister 2014-09-22 2015-11-16
beata_szydlo | Beata Szydło; Beata Szydlo; Szydło; Szydlo | Beata Szydlo; Szydlo | prime_minister 2015-11-16 2017-12-11
mateusz_morawiecki | Mateusz Morawiecki; Morawiecki | = | prime_minister 2017-12-11 2023-12-13
radoslaw_sikorski | Radosław Sikorski; Radoslaw Sikorski; Sikorski | Radoslaw Sikorski; Sikorski | defence_minister 2005-10-31 2007-02-07; foreign_minister 2007-11-16 2014-09-22; foreign_minister 2023-12-13 -
grzegorz_schetyna | Grzegorz Schetyna | = | foreign_minister 2014-09-22 2015-11-16
witold_waszczykowski | Witold Waszczykowski | = | foreign_minister 2015-11-16 2018-01-09
jacek_czaputowicz | Jacek Czaputowicz | = | foreign_minister 2018-01-09 2020-08-20
zbigniew_rau | Zbigniew Rau | = | foreign_minister 2020-08-26 2023-11-27
antoni_macierewicz | Antoni Macierewicz; Macierewicz | = | defence_minister 2015-11-16 2018-01-09
mariusz_blaszczak | Mariusz Błaszczak; Mariusz Blaszczak; Błaszczak | Mariusz Blaszczak | interior_minister 2015-11-16 2018-01-09; defence_minister 2018-01-09 2023-11-27
wladyslaw_kosiniak_kamysz | Władysław Kosiniak-Kamysz; Wladyslaw Kosiniak-Kamysz; Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz | defence_minister 2023-12-13 -

@NLD
beatrix | la reine Beatrix; Beatrix des Pays-Bas | Queen Beatrix; Beatrix of the Netherlands | queen 1980-04-30 2013-04-30
willem_alexander | Willem-Alexander; le roi Willem-Alexander | Willem-Alexander; King Willem-Alexander | king 2013-04-30 -
wim_kok | Wim Kok | = | prime_minister 1994-08-22 2002-07-22
jan_peter_balkenende | Jan Peter Balkenende; Balkenende | = | prime_minister 2002-07-22 2010-10-14
dick_schoof | Dick Schoof; Schoof | = | prime_minister 2024-07-02 -
maxime_verhagen | Maxime Verhagen | = | foreign_minister 2007-02-22 2010-10-14
uri_rosenthal | Uri Rosenthal | = | foreign_minister 2010-10-14 2012-11-05
frans_timmermans | Frans Timmermans; Timmermans | = | foreign_minister 2012-11-05 2014-10-17; IGO.EU:commission_vice_president 2014-11-01 2023-08-22
bert_koenders | Bert Koenders | = | foreign_minister 2014-10-17 2017-10-26
stef_blok | Stef Blok | = | foreign_minister 2018-03-07 2021-09-17
wopke_hoekstra | Wopke Hoekstra; Hoekstra | = | foreign_minister 2022-01-10 2023-09-05; IGO.EU:commissioner 2023-10-09 -
caspar_veldkamp | Caspar Veldkamp | = | foreign_minister 2024-07-02 2025-08-22
geert_wilders | Geert Wilders; Wilders | = | OPP:party_leader 2006-02-22 -

@BEL
albert_ii | Albert II; le roi Albert II | Albert II; King Albert II | king 1993-08-09 2013-07-21
philippe_of_belgium | le roi Philippe; Philippe de Belgique | King Philippe; Philippe of Belgium | king 2013-07-21 -
guy_verhofstadt | Guy Verhofstadt; Verhofstadt | = | prime_minister 1999-07-12 2008-03-20
yves_leterme | Yves Leterme; Leterme | = | prime_minister 2008-03-20 2008-12-30; foreign_minister 2009-07-17 2009-11-25; prime_minister 2009-11-25 2011-12-06
elio_di_rupo | Elio Di Rupo; Di Rupo | = | prime_minister 2011-12-06 2014-10-11
sophie_wilmes | Sophie Wilmès; Sophie Wilmes; Wilmès | Sophie Wilmes | prime_minister 2019-10-27 2020-10-01; foreign_minister 2020-10-01 2022-07-15
alexander_de_croo | Alexander De Croo; De Croo | = | prime_minister 2020-10-01 2025-02-03
bart_de_wever | Bart De Wever; De Wever | = | prime_minister 2025-02-03 -
louis_michel | Louis Michel | = | foreign_minister 1999-07-12 2004-07-18
karel_de_gucht | Karel De Gucht; De Gucht | = | foreign_minister 2004-07-18 2009-07-17
didier_reynders | Didier Reynders; Reynders | = | foreign_minister 2011-12-06 2019-11-30
hadja_lahbib | Hadja Lahbib; Lahbib | = | foreign_minister 2022-07-15 2024-12-01
maxime_prevot | Maxime Prévot; Maxime Prevot | = | foreign_minister 2025-02-03 -

@PRT
jorge_sampaio | Jorge Sampaio; Sampaio | = | president 1996-03-09 2006-03-09
anibal_cavaco_silva | Aníbal Cavaco Silva; Cavaco Silva | Anibal Cavaco Silva; Cavaco Silva | president 2006-03-09 2016-03-09
marcelo_rebelo_de_sousa | Marcelo Rebelo de Sousa; Rebelo de Sousa | = | president 2016-03-09 2026-03-09
pedro_santana_lopes | Pedro Santana Lopes | = | prime_minister 2004-07-17 2005-03-12
jose_socrates | José Sócrates; Jose Socrates | = | prime_minister 2005-03-12 2011-06-21
pedro_passos_coelho | Pedro Passos Coelho; Passos Coelho | = | prime_minister 2011-06-21 2015-11-26
luis_montenegro | Luís Montenegro; Luis Montenegro | = | prime_minister 2024-04-02 -

@AUT
thomas_klestil | Thomas Klestil; Klestil | = | president 1992-07-08 2004-07-06
heinz_fischer | Heinz Fischer | = | president 2004-07-08 2016-07-08
alexander_van_der_bellen | Alexander Van der Bellen; Van der Bellen | = | president 2017-01-26 -
wolfgang_schussel | Wolfgang Schüssel; Wolfgang Schussel; Schüssel | Wolfgang Schuessel; Wolfgang Schüssel; Schüssel | chancellor 2000-02-04 2007-01-11
alfred_gusenbauer | Alfred Gusenbauer; Gusenbauer | = | chancellor 2007-01-11 2008-12-02
werner_faymann | Werner Faymann; Faymann | = | chancellor 2008-12-02 2016-05-09
christian_kern | Christian Kern | = | chancellor 2016-05-17 2017-12-18
sebastian_kurz | Sebastian Kurz; Kurz | = | foreign_minister 2013-12-16 2017-12-18; chancellor 2017-12-18 2019-05-28; chancellor 2020-01-07 2021-10-11
brigitte_bierlein | Brigitte Bierlein | = | chancellor 2019-06-03 2020-01-07
alexander_schallenberg | Alexander Schallenberg; Schallenberg | = | foreign_minister 2019-06-03 2021-10-11; chancellor 2021-10-11 2021-12-06; foreign_minister 2021-12-06 2025-03-03; chancellor 2025-01-10 2025-03-03
karl_nehammer | Karl Nehammer; Nehammer | = | interior_minister 2020-01-07 2021-12-06; chancellor 2021-12-06 2025-01-10
christian_stocker | Christian Stocker | = | chancellor 2025-03-03 -
jorg_haider | Jörg Haider; Haider | Joerg Haider; Jörg Haider; Haider | OPP:party_leader 1986-09-13 2000-05-01
herbert_kickl | Herbert Kickl; Kickl | = | interior_minister 2017-12-18 2019-05-22; OPP:party_leader 2021-06-19 -

@GRC
konstantinos_stephanopoulos | Costis Stephanopoulos; Konstantinos Stephanopoulos | = | president 1995-03-10 2005-03-12
karolos_papoulias | Károlos Papoúlias; Karolos Papoulias; Papoulias | Karolos Papoulias | president 2005-03-12 2015-03-13
prokopis_pavlopoulos | Prokopis Pavlopoulos | = | president 2015-03-13 2020-03-13
katerina_sakellaropoulou | Katerina Sakellaropoulou | = | president 2020-03-13 2025-03-13
konstantinos_tasoulas | Konstantinos Tasoulas; Kostas Tasoulas | = | president 2025-03-13 -
costas_simitis | Costas Simitis; Kostas Simitis; Simitis | = | prime_minister 1996-01-22 2004-03-10
kostas_karamanlis | Costas Caramanlis; Kostas Karamanlis; Costas Karamanlis; Caramanlis; Karamanlis | Kostas Karamanlis; Karamanlis | prime_minister 2004-03-10 2009-10-06
george_papandreou | Georges Papandréou; Georges Papandreou; Georgios Papandreou; Papandréou; Papandreou | George Papandreou; Papandreou | foreign_minister 1999-02-18 2004-02-13; prime_minister 2009-10-06 2011-11-11; foreign_minister 2009-10-07 2010-09-07
lucas_papademos | Lucas Papadémos; Lucas Papademos; Papadémos; Papademos | Lucas Papademos; Papademos | prime_minister 2011-11-11 2012-05-16
antonis_samaras | Antonis Samaras; Samaras | = | prime_minister 2012-06-20 2015-01-26
alexis_tsipras | Alexis Tsipras; Tsipras | = | prime_minister 2015-01-26 2015-08-27; prime_minister 2015-09-21 2019-07-08
kyriakos_mitsotakis | Kyriakos Mitsotakis; Mitsotakis | = | prime_minister 2019-07-08 -
yanis_varoufakis | Yanis Varoufakis; Yánis Varoufákis; Varoufakis | = | finance_minister 2015-01-27 2015-07-06

@HUN
viktor_orban | Viktor Orbán; Viktor Orban; Orbán; Orban | = | prime_minister 1998-07-06 2002-05-27; prime_minister 2010-05-29 -
peter_medgyessy | Péter Medgyessy; Peter Medgyessy | = | prime_minister 2002-05-27 2004-09-29
ferenc_gyurcsany | Ferenc Gyurcsány; Ferenc Gyurcsany; Gyurcsány | Ferenc Gyurcsany; Gyurcsany | prime_minister 2004-09-29 2009-04-14
gordon_bajnai | Gordon Bajnai | = | prime_minister 2009-04-14 2010-05-29
ferenc_madl | Ferenc Mádl; Ferenc Madl | = | president 2000-08-04 2005-08-05
laszlo_solyom | László Sólyom; Laszlo Solyom | = | president 2005-08-05 2010-08-05
pal_schmitt | Pál Schmitt; Pal Schmitt | = | president 2010-08-06 2012-04-02
janos_ader | János Áder; Janos Ader | = | president 2012-05-10 2022-05-10
katalin_novak | Katalin Novák; Katalin Novak | = | president 2022-05-10 2024-02-26
tamas_sulyok | Tamás Sulyok; Tamas Sulyok | = | president 2024-03-05 -
peter_szijjarto | Péter Szijjártó; Peter Szijjarto; Szijjártó; Szijjarto | Peter Szijjarto; Szijjarto | foreign_minister 2014-09-23 -
peter_magyar | Péter Magyar; Peter Magyar | = | OPP:opposition_leader 2024-03 -

@CZE
vaclav_havel | Václav Havel; Vaclav Havel; Havel | Vaclav Havel; Havel | president 1993-02-02 2003-02-02
vaclav_klaus | Václav Klaus; Vaclav Klaus | = | prime_minister 1992-07-02 1998-01-02; president 2003-03-07 2013-03-07
milos_zeman | Miloš Zeman; Milos Zeman; Zeman | Milos Zeman; Zeman | prime_minister 1998-07-17 2002-07-15; president 2013-03-08 2023-03-08
petr_pavel | Petr Pavel | = | president 2023-03-09 -
vladimir_spidla | Vladimír Špidla; Vladimir Spidla | Vladimir Spidla | prime_minister 2002-07-15 2004-08-04
stanislav_gross | Stanislav Gross | = | prime_minister 2004-08-04 2005-04-25
jiri_paroubek | Jiří Paroubek; Jiri Paroubek | Jiri Paroubek | prime_minister 2005-04-25 2006-09-04
mirek_topolanek | Mirek Topolánek; Mirek Topolanek; Topolánek | Mirek Topolanek | prime_minister 2006-09-04 2009-05-08
jan_fischer | Jan Fischer | = | prime_minister 2009-05-08 2010-07-13
petr_necas | Petr Nečas; Petr Necas | Petr Necas | prime_minister 2010-07-13 2013-07-10
jiri_rusnok | Jiří Rusnok; Jiri Rusnok | Jiri Rusnok | prime_minister 2013-07-10 2014-01-29
bohuslav_sobotka | Bohuslav Sobotka; Sobotka | = | prime_minister 2014-01-29 2017-12-13
andrej_babis | Andrej Babiš; Andrej Babis; Babiš; Babis | Andrej Babis; Babis | prime_minister 2017-12-13 2021-11-28; prime_minister 2025-12 -
petr_fiala | Petr Fiala; Fiala | = | prime_minister 2021-11-28 2025-12

@SVK
rudolf_schuster | Rudolf Schuster | = | president 1999-06-15 2004-06-15
ivan_gasparovic | Ivan Gašparovič; Ivan Gasparovic | Ivan Gasparovic | president 2004-06-15 2014-06-15
andrej_kiska | Andrej Kiska; Kiska | = | president 2014-06-15 2019-06-15
zuzana_caputova | Zuzana Čaputová; Zuzana Caputova; Čaputová; Caputova | Zuzana Caputova; Caputova | president 2019-06-15 2024-06-15
peter_pellegrini | Peter Pellegrini; Pellegrini | = | prime_minister 2018-03-22 2020-03-21; president 2024-06-15 -
mikulas_dzurinda | Mikuláš Dzurinda; Mikulas Dzurinda; Dzurinda | Mikulas Dzurinda | prime_minister 1998-10-30 2006-07-04
robert_fico | Robert Fico; Fico | = | prime_minister 2006-07-04 2010-07-08; prime_minister 2012-04-04 2018-03-22; prime_minister 2023-10-25 -
iveta_radicova | Iveta Radičová; Iveta Radicova | = | prime_minister 2010-07-08 2012-04-04
igor_matovic | Igor Matovič; Igor Matovic | = | prime_minister 2020-03-21 2021-04-01
eduard_heger | Eduard Heger | = | prime_minister 2021-04-01 2023-05-15
ludovit_odor | Ľudovít Ódor; Ludovit Odor | = | prime_minister 2023-05-15 2023-10-25

@ROU
emil_constantinescu | Emil Constantinescu | = | president 1996-11-29 2000-12-20
ion_iliescu | Ion Iliescu; Iliescu | = | president 2000-12-20 2004-12-20
traian_basescu | Traian Băsescu; Traian Basescu; Băsescu; Basescu | Traian Basescu; Basescu | president 2004-12-20 2014-12-21
klaus_iohannis | Klaus Iohannis; Iohannis | = | president 2014-12-21 2025-02-12
ilie_bolojan | Ilie Bolojan; Bolojan | = | president 2025-02-12 2025-05-26; prime_minister 2025-06-23 -
nicusor_dan | Nicușor Dan; Nicusor Dan | = | president 2025-05-26 -
adrian_nastase | Adrian Năstase; Adrian Nastase; Năstase | Adrian Nastase | prime_minister 2000-12-28 2004-12-29
calin_popescu_tariceanu | Călin Popescu-Tăriceanu; Calin Popescu-Tariceanu | = | prime_minister 2004-12-29 2008-12-22
emil_boc | Emil Boc | = | prime_minister 2008-12-22 2012-02-06
victor_ponta | Victor Ponta; Ponta | = | prime_minister 2012-05-07 2015-11-04
dacian_ciolos | Dacian Cioloș; Dacian Ciolos; Cioloș | Dacian Ciolos | prime_minister 2015-11-17 2017-01-04
sorin_grindeanu | Sorin Grindeanu | = | prime_minister 2017-01-04 2017-06-29
mihai_tudose | Mihai Tudose | = | prime_minister 2017-06-29 2018-01-16
viorica_dancila | Viorica Dăncilă; Viorica Dancila | = | prime_minister 2018-01-29 2019-11-04
florin_citu | Florin Cîțu; Florin Citu | = | prime_minister 2020-12-23 2021-11-25
nicolae_ciuca | Nicolae Ciucă; Nicolae Ciuca | = | prime_minister 2021-11-25 2023-06-15
marcel_ciolacu | Marcel Ciolacu; Ciolacu | = | prime_minister 2023-06-15 2025-05-06
calin_georgescu | Călin Georgescu; Calin Georgescu | = | OPP:opposition_leader 2024-11 -

@BGR
petar_stoyanov | Petar Stoyanov; Petar Stoïanov | = | president 1997-01-22 2002-01-22
georgi_parvanov | Gueorgui Parvanov; Georgi Parvanov; Parvanov | Georgi Parvanov; Parvanov | president 2002-01-22 2012-01-22
rosen_plevneliev | Rossen Plevneliev; Rosen Plevneliev; Plevneliev | Rosen Plevneliev; Plevneliev | president 2012-01-22 2017-01-22
rumen_radev | Roumen Radev; Rumen Radev; Radev | Rumen Radev; Radev | president 2017-01-22 -
ivan_kostov | Ivan Kostov | = | prime_minister 1997-05-21 2001-07-24
simeon_saxe_coburg_gotha | Siméon de Saxe-Cobourg-Gotha; Siméon II; Simeon II | Simeon Saxe-Coburg-Gotha; Simeon II | prime_minister 2001-07-24 2005-08-17
sergei_stanishev | Sergueï Stanichev; Sergei Stanishev; Stanichev | Sergei Stanishev; Stanishev | prime_minister 2005-08-17 2009-07-27
boyko_borisov | Boïko Borissov; Boyko Borissov; Borissov | Boyko Borisov; Borisov | prime_minister 2009-07-27 2013-03-13; prime_minister 2014-11-07 2017-01-27; prime_minister 2017-05-04 2021-05-12
plamen_oresharski | Plamen Orecharski; Plamen Oresharski | Plamen Oresharski | prime_minister 2013-05-29 2014-08-06
kiril_petkov | Kiril Petkov | = | prime_minister 2021-12-13 2022-08-02
nikolai_denkov | Nikolaï Denkov; Nikolai Denkov | = | prime_minister 2023-06-06 2024-04-09
rosen_zhelyazkov | Rossen Jeliazkov; Rosen Zhelyazkov | Rosen Zhelyazkov | prime_minister 2025-01-16 -

@HRV
stjepan_mesic | Stjepan Mesić; Stipe Mesić; Stjepan Mesic; Mesić | Stjepan Mesic; Mesic | president 2000-02-18 2010-02-18
ivo_josipovic | Ivo Josipović; Ivo Josipovic | = | president 2010-02-18 2015-02-19
kolinda_grabar_kitarovic | Kolinda Grabar-Kitarović; Kolinda Grabar-Kitarovic; Grabar-Kitarović | Kolinda Grabar-Kitarovic | president 2015-02-19 2020-02-19
zoran_milanovic | Zoran Milanović; Zoran Milanovic; Milanović; Milanovic | Zoran Milanovic; Milanovic | prime_minister 2011-12-23 2016-01-22; president 2020-02-19 -
ivica_racan | Ivica Račan; Ivica Racan | = | prime_minister 2000-01-27 2003-12-23
ivo_sanader | Ivo Sanader; Sanader | = | prime_minister 2003-12-23 2009-07-06
jadranka_kosor | Jadranka Kosor | = | prime_minister 2009-07-06 2011-12-23
tihomir_oreskovic | Tihomir Orešković; Tihomir Oreskovic | = | prime_minister 2016-01-22 2016-10-19
andrej_plenkovic | Andrej Plenković; Andrej Plenkovic; Plenković; Plenkovic | Andrej Plenkovic; Plenkovic | prime_minister 2016-10-19 -

@SVN
janez_drnovsek | Janez Drnovšek; Janez Drnovsek | = | prime_minister 2000-11-30 2002-12-19; president 2002-12-22 2007-12-22
anton_rop | Anton Rop | = | prime_minister 2002-12-19 2004-12-03
janez_jansa | Janez Janša; Janez Jansa; Janša; Jansa | Janez Jansa; Jansa | prime_minister 2004-12-03 2008-11-21; prime_minister 2012-02-10 2013-03-20; prime_minister 2020-03-13 2022-06-01
borut_pahor | Borut Pahor; Pahor | = | prime_minister 2008-11-21 2012-02-10; president 2012-12-22 2022-12-22
danilo_turk | Danilo Türk; Danilo Turk | = | president 2007-12-22 2012-12-22
alenka_bratusek | Alenka Bratušek; Alenka Bratusek | = | prime_minister 2013-03-20 2014-09-18
miro_cerar | Miro Cerar | = | prime_minister 2014-09-18 2018-09-13
marjan_sarec | Marjan Šarec; Marjan Sarec | = | prime_minister 2018-09-13 2020-03-13
robert_golob | Robert Golob; Golob | = | prime_minister 2022-06-01 -
natasa_pirc_musar | Nataša Pirc Musar; Natasa Pirc Musar | = | president 2022-12-23 -

@IRL
bertie_ahern | Bertie Ahern; Ahern | = | prime_minister 1997-06-26 2008-05-07
brian_cowen | Brian Cowen; Cowen | = | prime_minister 2008-05-07 2011-03-09
enda_kenny | Enda Kenny; Kenny | = | prime_minister 2011-03-09 2017-06-14
leo_varadkar | Leo Varadkar; Varadkar | = | prime_minister 2017-06-14 2020-06-27; prime_minister 2022-12-17 2024-04-09
micheal_martin | Micheál Martin; Micheal Martin | = | prime_minister 2020-06-27 2022-12-17; prime_minister 2025-01-23 -
simon_harris | Simon Harris | = | prime_minister 2024-04-09 2025-01-23; foreign_minister 2025-01-23 -
mary_mcaleese | Mary McAleese | = | president 1997-11-11 2011-11-11
michael_d_higgins | Michael D. Higgins; Michael Higgins | = | president 2011-11-11 2025-11-11
catherine_connolly | Catherine Connolly | = | president 2025-11-11 -

@DNK
poul_nyrup_rasmussen | Poul Nyrup Rasmussen | = | prime_minister 1993-01-25 2001-11-27
lars_lokke_rasmussen | Lars Løkke Rasmussen; Lars Lokke Rasmussen | = | prime_minister 2009-04-05 2011-10-03; prime_minister 2015-06-28 2019-06-27; foreign_minister 2022-12-15 -
helle_thorning_schmidt | Helle Thorning-Schmidt; Thorning-Schmidt | = | prime_minister 2011-10-03 2015-06-28
mette_frederiksen | Mette Frederiksen; Frederiksen | = | prime_minister 2019-06-27 -
margrethe_ii | Margrethe II; la reine Margrethe | Margrethe II; Queen Margrethe | queen 1972-01-14 2024-01-14
frederik_x | Frederik X; le roi Frederik | Frederik X; King Frederik | king 2024-01-14 -

@SWE
goran_persson | Göran Persson; Goran Persson | = | prime_minister 1996-03-22 2006-10-06
fredrik_reinfeldt | Fredrik Reinfeldt; Reinfeldt | = | prime_minister 2006-10-06 2014-10-03
stefan_lofven | Stefan Löfven; Stefan Lofven; Löfven | Stefan Lofven; Stefan Löfven; Lofven | prime_minister 2014-10-03 2021-11-30
magdalena_andersson | Magdalena Andersson | = | prime_minister 2021-11-30 2022-10-18
ulf_kristersson | Ulf Kristersson; Kristersson | = | prime_minister 2022-10-18 -
anna_lindh | Anna Lindh | = | foreign_minister 1998-10-07 2003-09-11
carl_bildt | Carl Bildt; Bildt | = | foreign_minister 2006-10-06 2014-10-03
margot_wallstrom | Margot Wallström; Margot Wallstrom; Wallström | Margot Wallstrom | foreign_minister 2014-10-03 2019-09-10
ann_linde | Ann Linde | = | foreign_minister 2019-09-10 2022-10-18
tobias_billstrom | Tobias Billström; Tobias Billstrom | = | foreign_minister 2022-10-18 2024-09-10
maria_malmer_stenergard | Maria Malmer Stenergard | = | foreign_minister 2024-09-10 -
carl_xvi_gustaf | Charles XVI Gustave; Carl XVI Gustaf | Carl XVI Gustaf; King Carl Gustaf | king 1973-09-15 -

@FIN
tarja_halonen | Tarja Halonen; Halonen | = | president 2000-03-01 2012-03-01
sauli_niinisto | Sauli Niinistö; Sauli Niinisto; Niinistö; Niinisto | Sauli Niinisto; Niinisto | president 2012-03-01 2024-03-01
alexander_stubb | Alexander Stubb; Stubb | = | foreign_minister 2008-04-04 2011-06-22; prime_minister 2014-06-24 2015-05-29; president 2024-03-01 -
paavo_lipponen | Paavo Lipponen | = | prime_minister 1995-04-13 2003-04-17
anneli_jaatteenmaki | Anneli Jäätteenmäki | Anneli Jaatteenmaki | prime_minister 2003-04-17 2003-06-24
matti_vanhanen | Matti Vanhanen | = | prime_minister 2003-06-24 2010-06-22
mari_kiviniemi | Mari Kiviniemi | = | prime_minister 2010-06-22 2011-06-22
jyrki_katainen | Jyrki Katainen | = | prime_minister 2011-06-22 2014-06-24
juha_sipila | Juha Sipilä; Juha Sipila | = | prime_minister 2015-05-29 2019-06-06
antti_rinne | Antti Rinne | = | prime_minister 2019-06-06 2019-12-10
sanna_marin | Sanna Marin | = | prime_minister 2019-12-10 2023-06-20
petteri_orpo | Petteri Orpo; Orpo | = | prime_minister 2023-06-20 -
pekka_haavisto | Pekka Haavisto | = | foreign_minister 2019-06-06 2023-06-20
elina_valtonen | Elina Valtonen | = | foreign_minister 2023-06-20 -

@EST
arnold_ruutel | Arnold Rüütel; Arnold Ruutel | = | president 2001-10-08 2006-10-09
toomas_hendrik_ilves | Toomas Hendrik Ilves; Ilves | = | president 2006-10-09 2016-10-10
kersti_kaljulaid | Kersti Kaljulaid | = | president 2016-10-10 2021-10-11
alar_karis | Alar Karis | = | president 2021-10-11 -
siim_kallas | Siim Kallas | = | prime_minister 2002-01-28 2003-04-10
andrus_ansip | Andrus Ansip; Ansip | = | prime_minister 2005-04-13 2014-03-26
taavi_roivas | Taavi Rõivas; Taavi Roivas | = | prime_minister 2014-03-26 2016-11-23
juri_ratas | Jüri Ratas; Juri Ratas | = | prime_minister 2016-11-23 2021-01-26
kristen_michal | Kristen Michal | = | prime_minister 2024-07-23 -

@LVA
vaira_vike_freiberga | Vaira Vīķe-Freiberga; Vaira Vike-Freiberga | = | president 1999-07-08 2007-07-07
valdis_zatlers | Valdis Zatlers | = | president 2007-07-08 2011-07-07
andris_berzins | Andris Bērziņš; Andris Berzins | = | president 2011-07-08 2015-07-07
raimonds_vejonis | Raimonds Vējonis; Raimonds Vejonis | = | president 2015-07-08 2019-07-07
egils_levits | Egils Levits | = | president 2019-07-08 2023-07-07
edgars_rinkevics | Edgars Rinkēvičs; Edgars Rinkevics | = | foreign_minister 2011-10-25 2023-07-08; president 2023-07-08 -
valdis_dombrovskis | Valdis Dombrovskis; Dombrovskis | = | prime_minister 2009-03-12 2014-01-22; IGO.EU:commission_vice_president 2014-11-01 -
laimdota_straujuma | Laimdota Straujuma | = | prime_minister 2014-01-22 2016-02-11
maris_kucinskis | Māris Kučinskis; Maris Kucinskis | = | prime_minister 2016-02-11 2019-01-23
krisjanis_karins | Krišjānis Kariņš; Krisjanis Karins | = | prime_minister 2019-01-23 2023-09-15
evika_silina | Evika Siliņa; Evika Silina | = | prime_minister 2023-09-15 -

@LTU
valdas_adamkus | Valdas Adamkus; Adamkus | = | president 1998-02-26 2003-02-26; president 2004-07-12 2009-07-12
rolandas_paksas | Rolandas Paksas | = | president 2003-02-26 2004-04-06
dalia_grybauskaite | Dalia Grybauskaitė; Dalia Grybauskaite; Grybauskaitė; Grybauskaite | Dalia Grybauskaite; Grybauskaite | president 2009-07-12 2019-07-12
gitanas_nauseda | Gitanas Nausėda; Gitanas Nauseda; Nausėda; Nauseda | Gitanas Nauseda; Nauseda | president 2019-07-12 -
algirdas_brazauskas | Algirdas Brazauskas | = | prime_minister 2001-07-03 2006-06-01
gediminas_kirkilas | Gediminas Kirkilas | = | prime_minister 2006-07-04 2008-12-09
andrius_kubilius | Andrius Kubilius | = | prime_minister 2008-12-09 2012-12-13; IGO.EU:commissioner 2024-12-01 -
algirdas_butkevicius | Algirdas Butkevičius; Algirdas Butkevicius | = | prime_minister 2012-12-13 2016-12-13
saulius_skvernelis | Saulius Skvernelis | = | prime_minister 2016-12-13 2020-12-11
ingrida_simonyte | Ingrida Šimonytė; Ingrida Simonyte | = | prime_minister 2020-12-11 2024-12-12
gintautas_paluckas | Gintautas Paluckas | = | prime_minister 2024-12-12 2025-08
inga_ruginiene | Inga Ruginienė; Inga Ruginiene | = | prime_minister 2025-08 -
gabrielius_landsbergis | Gabrielius Landsbergis | = | foreign_minister 2020-12-07 2024-12-12

@LUX
xavier_bettel | Xavier Bettel; Bettel | = | prime_minister 2013-12-04 2023-11-17; foreign_minister 2023-11-17 -
luc_frieden | Luc Frieden | = | prime_minister 2023-11-17 -
jean_asselborn | Jean Asselborn; Asselborn | = | foreign_minister 2004-07-31 2023-11-17
henri_of_luxembourg | le grand-duc Henri; Henri de Luxembourg | Grand Duke Henri | head_of_state 2000-10-07 2025-10-03
guillaume_of_luxembourg | le grand-duc Guillaume; Guillaume de Luxembourg | Grand Duke Guillaume | head_of_state 2025-10-03 -

@MLT
eddie_fenech_adami | Eddie Fenech Adami | = | prime_minister 1998-09-06 2004-03-23
lawrence_gonzi | Lawrence Gonzi | = | prime_minister 2004-03-23 2013-03-11
joseph_muscat | Joseph Muscat | = | prime_minister 2013-03-11 2020-01-13
robert_abela | Robert Abela | = | prime_minister 2020-01-13 -

@CYP
glafcos_clerides | Glafcos Cléridès; Glafcos Clerides | = | president 1993-02-28 2003-02-28
tassos_papadopoulos | Tassos Papadopoulos | = | president 2003-02-28 2008-02-28
demetris_christofias | Dimitris Christofias; Demetris Christofias | = | president 2008-02-28 2013-02-28
nicos_anastasiades | Nicos Anastasiades; Nikos Anastasiadis; Anastasiades | = | president 2013-02-28 2023-02-28
nikos_christodoulides | Nikos Christodoulides; Christodoulides | = | foreign_minister 2018-03-01 2022-01-07; president 2023-02-28 -
""")

DATA.append(r"""
@JPN
akihito | Akihito; l'empereur Akihito | Akihito; Emperor Akihito | emperor 1989-01-07 2019-04-30
naruhito | Naruhito; l'empereur Naruhito | Naruhito; Emperor Naruhito | emperor 2019-05-01 -
yoshiro_mori | Yoshiro Mori | = | prime_minister 2000-04-05 2001-04-26
junichiro_koizumi | Junichiro Koizumi; Jun'ichirō Koizumi | = | prime_minister 2001-04-26 2006-09-26
shinzo_abe | Shinzo Abe; Shinzō Abe; Abe | = | prime_minister 2006-09-26 2007-09-26; prime_minister 2012-12-26 2020-09-16
yasuo_fukuda | Yasuo Fukuda; Fukuda | = | prime_minister 2007-09-26 2008-09-24
taro_aso | Taro Aso; Tarō Asō | = | foreign_minister 2005-10-31 2007-08-27; prime_minister 2008-09-24 2009-09-16
yukio_hatoyama | Yukio Hatoyama; Hatoyama | = | prime_minister 2009-09-16 2010-06-08
naoto_kan | Naoto Kan | = | prime_minister 2010-06-08 2011-09-02
yoshihiko_noda | Yoshihiko Noda; Noda | = | prime_minister 2011-09-02 2012-12-26
yoshihide_suga | Yoshihide Suga; Suga | = | prime_minister 2020-09-16 2021-10-04
fumio_kishida | Fumio Kishida; Kishida | = | foreign_minister 2012-12-26 2017-08-03; prime_minister 2021-10-04 2024-10-01
shigeru_ishiba | Shigeru Ishiba; Ishiba | = | defence_minister 2007-09-26 2008-08-02; prime_minister 2024-10-01 2025-10-21
sanae_takaichi | Sanae Takaichi; Takaichi | = | prime_minister 2025-10-21 -
yohei_kono | Yohei Kono; Yōhei Kōno | = | foreign_minister 1999-10-05 2001-04-26
makiko_tanaka | Makiko Tanaka | = | foreign_minister 2001-04-26 2002-01-30
yoriko_kawaguchi | Yoriko Kawaguchi | = | foreign_minister 2002-02-01 2004-09-27
nobutaka_machimura | Nobutaka Machimura | = | foreign_minister 2004-09-27 2005-10-31; foreign_minister 2007-08-27 2007-09-26
masahiko_komura | Masahiko Komura | = | defence_minister 2007-08-27 2007-09-26; foreign_minister 2007-09-26 2008-09-24
hirofumi_nakasone | Hirofumi Nakasone | = | foreign_minister 2008-09-24 2009-09-16
katsuya_okada | Katsuya Okada | = | foreign_minister 2009-09-16 2010-09-17
seiji_maehara | Seiji Maehara | = | foreign_minister 2010-09-17 2011-03-07
takeaki_matsumoto | Takeaki Matsumoto | = | foreign_minister 2011-03-09 2011-09-02
koichiro_gemba | Koichiro Gemba | = | foreign_minister 2011-09-02 2012-12-26
taro_kono | Taro Kono; Tarō Kōno | = | foreign_minister 2017-08-03 2019-09-11; defence_minister 2019-09-11 2020-09-16
toshimitsu_motegi | Toshimitsu Motegi; Motegi | = | foreign_minister 2019-09-11 2021-11-10; foreign_minister 2025-10-21 -
yoshimasa_hayashi | Yoshimasa Hayashi | = | defence_minister 2008-08-02 2008-09-24; foreign_minister 2021-11-10 2023-09-13
yoko_kamikawa | Yoko Kamikawa; Yōko Kamikawa | = | foreign_minister 2023-09-13 2024-10-01
takeshi_iwaya | Takeshi Iwaya | = | defence_minister 2018-10-02 2019-09-11; foreign_minister 2024-10-01 2025-10-21
itsunori_onodera | Itsunori Onodera | = | defence_minister 2012-12-26 2014-09-03; defence_minister 2017-08-03 2018-10-02
gen_nakatani | Gen Nakatani | = | defence_minister 2014-09-03 2016-08-03; defence_minister 2024-10-01 2025-10-21
tomomi_inada | Tomomi Inada | = | defence_minister 2016-08-03 2017-07-28
nobuo_kishi | Nobuo Kishi | = | defence_minister 2020-09-16 2022-08-10
yasukazu_hamada | Yasukazu Hamada | = | defence_minister 2008-09-24 2009-09-16; defence_minister 2022-08-10 2023-09-13
minoru_kihara | Minoru Kihara | = | defence_minister 2023-09-13 2024-10-01
shinjiro_koizumi | Shinjiro Koizumi; Shinjirō Koizumi | = | defence_minister 2025-10-21 -

@IND
k_r_narayanan | K. R. Narayanan; Kocheril Raman Narayanan | = | president 1997-07-25 2002-07-25
apj_abdul_kalam | A. P. J. Abdul Kalam; Abdul Kalam | = | president 2002-07-25 2007-07-25
pratibha_patil | Pratibha Patil | = | president 2007-07-25 2012-07-25
pranab_mukherjee | Pranab Mukherjee | = | defence_minister 2004-05-22 2006-10-24; foreign_minister 2006-10-24 2009-05-22; president 2012-07-25 2017-07-25
ram_nath_kovind | Ram Nath Kovind; Kovind | = | president 2017-07-25 2022-07-25
droupadi_murmu | Droupadi Murmu; Murmu | = | president 2022-07-25 -
atal_bihari_vajpayee | Atal Bihari Vajpayee; Vajpayee | = | prime_minister 1998-03-19 2004-05-22
manmohan_singh | Manmohan Singh | = | prime_minister 2004-05-22 2014-05-26; foreign_minister 2005-11-06 2006-10-24
narendra_modi | Narendra Modi; Modi | = | prime_minister 2014-05-26 -
jaswant_singh | Jaswant Singh | = | foreign_minister 1998-12-05 2002-07-01
yashwant_sinha | Yashwant Sinha | = | foreign_minister 2002-07-01 2004-05-22
natwar_singh | Natwar Singh; K. Natwar Singh | = | foreign_minister 2004-05-22 2005-11-06
s_m_krishna | S. M. Krishna | = | foreign_minister 2009-05-22 2012-10-28
salman_khurshid | Salman Khurshid | = | foreign_minister 2012-10-28 2014-05-26
sushma_swaraj | Sushma Swaraj; Swaraj | = | foreign_minister 2014-05-26 2019-05-30
subrahmanyam_jaishankar | Subrahmanyam Jaishankar; S. Jaishankar; Jaishankar | = | foreign_minister 2019-05-30 -
george_fernandes | George Fernandes | = | defence_minister 1998-03-19 2001-03-16; defence_minister 2001-10-21 2004-05-22
a_k_antony | A. K. Antony | = | defence_minister 2006-10-26 2014-05-26
arun_jaitley | Arun Jaitley | = | defence_minister 2014-05-26 2014-11-09; defence_minister 2017-03-13 2017-09-03
manohar_parrikar | Manohar Parrikar | = | defence_minister 2014-11-09 2017-03-13
nirmala_sitharaman | Nirmala Sitharaman | = | defence_minister 2017-09-03 2019-05-30
rajnath_singh | Rajnath Singh | = | interior_minister 2014-05-26 2019-05-30; defence_minister 2019-05-30 -
l_k_advani | L. K. Advani; Lal Krishna Advani; Advani | = | interior_minister 1998-03-19 2004-05-22
shivraj_patil | Shivraj Patil | = | interior_minister 2004-05-22 2008-11-30
p_chidambaram | P. Chidambaram; Palaniappan Chidambaram | = | interior_minister 2008-11-30 2012-07-31
sushilkumar_shinde | Sushilkumar Shinde | = | interior_minister 2012-07-31 2014-05-26
amit_shah | Amit Shah | = | interior_minister 2019-05-30 -
sonia_gandhi | Sonia Gandhi | = | OPP:party_leader 1998-03-14 2017-12-16; OPP:party_leader 2019-08-10 2022-10-26
rahul_gandhi | Rahul Gandhi | = | OPP:party_leader 2017-12-16 2019-08-10; OPP:opposition_leader 2024-06-09 -

@BGD
sheikh_hasina | Sheikh Hasina; Hasina | = | prime_minister 1996-06-23 2001-07-15; prime_minister 2009-01-06 2024-08-05
khaleda_zia | Khaleda Zia | = | prime_minister 2001-10-10 2006-10-29; OPP:opposition_leader 2009-01-06 -
muhammad_yunus | Muhammad Yunus; Mohammed Yunus; Yunus | = | chief_adviser 2024-08-08 -

@LKA
mahinda_rajapaksa | Mahinda Rajapaksa | = | prime_minister 2004-04-06 2005-11-19; president 2005-11-19 2015-01-09; prime_minister 2019-11-21 2022-05-12
gotabaya_rajapaksa | Gotabaya Rajapaksa | = | president 2019-11-18 2022-07-14
maithripala_sirisena | Maithripala Sirisena; Sirisena | = | president 2015-01-09 2019-11-18
ranil_wickremesinghe | Ranil Wickremesinghe; Wickremesinghe | = | prime_minister 2001-12-09 2004-04-06; prime_minister 2015-01-09 2019-11-21; president 2022-07-21 2024-09-23
anura_kumara_dissanayake | Anura Kumara Dissanayake | = | president 2024-09-23 -
velupillai_prabhakaran | Velupillai Prabhakaran; Prabhakaran | = | REB.LTTE:leader 1976-05-05 2009-05-18

@MMR
than_shwe | Than Shwe | = | MIL:military_ruler 1992-04-23 2011-03-30
thein_sein | Thein Sein | = | prime_minister 2007-10-24 2011-03-30; president 2011-03-30 2016-03-30
aung_san_suu_kyi | Aung San Suu Kyi | = | OPP:opposition_leader 1988-09 2016-03-30; state_counsellor 2016-04-06 2021-02-01
htin_kyaw | Htin Kyaw | = | president 2016-03-30 2018-03-21
win_myint | Win Myint | = | president 2018-03-30 2021-02-01
min_aung_hlaing | Min Aung Hlaing | = | chief_of_staff 2011-03-30 -; MIL:military_ruler 2021-02-01 -

@THA
thaksin_shinawatra | Thaksin Shinawatra; Thaksin | = | prime_minister 2001-02-09 2006-09-19
surayud_chulanont | Surayud Chulanont | = | prime_minister 2006-10-01 2008-01-29
abhisit_vejjajiva | Abhisit Vejjajiva; Abhisit | = | prime_minister 2008-12-17 2011-08-05
yingluck_shinawatra | Yingluck Shinawatra; Yingluck | = | prime_minister 2011-08-05 2014-05-07
prayut_chan_o_cha | Prayut Chan-o-cha; Prayuth Chan-ocha; Prayut | = | MIL:military_ruler 2014-05-22 2014-08-24; prime_minister 2014-08-24 2023-08-22
srettha_thavisin | Srettha Thavisin; Srettha | = | prime_minister 2023-08-22 2024-08-14
paetongtarn_shinawatra | Paetongtarn Shinawatra; Paetongtarn | = | prime_minister 2024-08-16 2025-08-29
anutin_charnvirakul | Anutin Charnvirakul; Anutin | = | prime_minister 2025-09-07 -
bhumibol_adulyadej | Bhumibol Adulyadej; le roi Bhumibol | King Bhumibol; Bhumibol Adulyadej | king 1946-06-09 2016-10-13
maha_vajiralongkorn | Maha Vajiralongkorn; le roi Vajiralongkorn; Rama X | King Vajiralongkorn; Maha Vajiralongkorn; Rama X | king 2016-10-13 -

@PHL
joseph_estrada | Joseph Estrada; Estrada | = | president 1998-06-30 2001-01-20
gloria_macapagal_arroyo | Gloria Macapagal Arroyo; Gloria Arroyo | = | president 2001-01-20 2010-06-30
benigno_aquino_iii | Benigno Aquino III; Benigno Aquino | = | president 2010-06-30 2016-06-30
rodrigo_duterte | Rodrigo Duterte | = | president 2016-06-30 2022-06-30
bongbong_marcos | Ferdinand Marcos Jr.; Bongbong Marcos | Ferdinand Marcos Jr.; Bongbong Marcos | president 2022-06-30 -

@VNM
nguyen_phu_trong | Nguyen Phu Trong; Nguyễn Phú Trọng | = | party_general_secretary 2011-01-19 2024-07-19; president 2018-10-23 2021-04-05
to_lam | To Lam; Tô Lâm | = | interior_minister 2016-04-09 2024-05-22; president 2024-05-22 2024-10-21; party_general_secretary 2024-08-03 -
nguyen_tan_dung | Nguyen Tan Dung; Nguyễn Tấn Dũng | = | prime_minister 2006-06-27 2016-04-07
nguyen_xuan_phuc | Nguyen Xuan Phuc; Nguyễn Xuân Phúc | = | prime_minister 2016-04-07 2021-04-05; president 2021-04-05 2023-01-18
pham_minh_chinh | Pham Minh Chinh; Phạm Minh Chính | = | prime_minister 2021-04-05 -
luong_cuong | Luong Cuong; Lương Cường | = | president 2024-10-21 -

@MYS
mahathir_mohamad | Mahathir Mohamad; Mahathir | = | prime_minister 1981-07-16 2003-10-31; prime_minister 2018-05-10 2020-03-01
abdullah_ahmad_badawi | Abdullah Ahmad Badawi | = | prime_minister 2003-10-31 2009-04-03
najib_razak | Najib Razak | = | prime_minister 2009-04-03 2018-05-10
muhyiddin_yassin | Muhyiddin Yassin | = | prime_minister 2020-03-01 2021-08-16
ismail_sabri_yaakob | Ismail Sabri Yaakob | = | prime_minister 2021-08-21 2022-11-24
anwar_ibrahim | Anwar Ibrahim | = | prime_minister 2022-11-24 -

@SGP
goh_chok_tong | Goh Chok Tong | = | prime_minister 1990-11-28 2004-08-12
lee_hsien_loong | Lee Hsien Loong | = | prime_minister 2004-08-12 2024-05-15
lawrence_wong | Lawrence Wong | = | prime_minister 2024-05-15 -
""")

DATA.append(r"""
@NGA
olusegun_obasanjo | Olusegun Obasanjo; Obasanjo | = | president 1999-05-29 2007-05-29
umaru_yar_adua | Umaru Yar'Adua; Umaru Musa Yar'Adua; Yar'Adua | = | president 2007-05-29 2010-05-05
goodluck_jonathan | Goodluck Jonathan | = | vice_president 2007-05-29 2010-02-09; acting_president 2010-02-09 2010-05-06; president 2010-05-06 2015-05-29
muhammadu_buhari | Muhammadu Buhari; Buhari | = | MIL:military_ruler 1983-12-31 1985-08-27; president 2015-05-29 2023-05-29
bola_tinubu | Bola Tinubu; Bola Ahmed Tinubu; Tinubu | = | president 2023-05-29 -
geoffrey_onyeama | Geoffrey Onyeama | = | foreign_minister 2015-11-11 2023-05-29
yusuf_tuggar | Yusuf Tuggar | = | foreign_minister 2023-08-21 -

@MLI
amadou_toumani_toure | Amadou Toumani Touré; Amadou Toumani Toure; ATT | = | president 2002-06-08 2012-03-22
amadou_haya_sanogo | Amadou Haya Sanogo; capitaine Sanogo; Sanogo | = | MIL:military_ruler 2012-03-22 2012-04-12
dioncounda_traore | Dioncounda Traoré; Dioncounda Traore | = | president 2012-04-12 2013-09-04
ibrahim_boubacar_keita | Ibrahim Boubacar Keïta; Ibrahim Boubacar Keita; IBK | = | prime_minister 1994-02-04 2000-02-15; president 2013-09-04 2020-08-18
bah_ndaw | Bah N'Daw; Bah Ndaw | = | president 2020-09-25 2021-05-24
assimi_goita | Assimi Goïta; Assimi Goita; colonel Assimi Goïta; Goïta; Goita | Assimi Goita; Goita | MIL:military_ruler 2020-08-19 2020-09-25; vice_president 2020-09-25 2021-05-24; president 2021-05-24 -
cheick_modibo_diarra | Cheick Modibo Diarra | = | prime_minister 2012-04-17 2012-12-11
moussa_mara | Moussa Mara | = | prime_minister 2014-04-05 2015-01-08
boubou_cisse | Boubou Cissé; Boubou Cisse | = | prime_minister 2019-04-22 2020-08-18
moctar_ouane | Moctar Ouane | = | prime_minister 2020-09-27 2021-05-24
choguel_kokalla_maiga | Choguel Kokalla Maïga; Choguel Maïga; Choguel Maiga | = | prime_minister 2021-06-07 2024-11-20
abdoulaye_maiga | Abdoulaye Maïga; Abdoulaye Maiga | = | prime_minister 2024-11-21 -
abdoulaye_diop | Abdoulaye Diop | = | foreign_minister 2014-04-11 2017-04-11; foreign_minister 2021-06-07 -
sadio_camara | Sadio Camara | = | defence_minister 2021-06-07 -

@BFA
blaise_compaore | Blaise Compaoré; Blaise Compaore; Compaoré; Compaore | = | president 1987-10-15 2014-10-31
yacouba_isaac_zida | Yacouba Isaac Zida; Isaac Zida; Zida | = | MIL:military_ruler 2014-11-01 2014-11-21; prime_minister 2014-11-19 2016-01-06
michel_kafando | Michel Kafando; Kafando | = | president 2014-11-21 2015-12-29
gilbert_diendere | Gilbert Diendéré; Gilbert Diendere; Diendéré | = | MIL:military_ruler 2015-09-17 2015-09-23
roch_marc_christian_kabore | Roch Marc Christian Kaboré; Roch Kaboré; Roch Marc Christian Kabore | = | president 2015-12-29 2022-01-24
paul_henri_sandaogo_damiba | Paul-Henri Sandaogo Damiba; Paul-Henri Damiba; Damiba | = | MIL:military_ruler 2022-01-24 2022-09-30
ibrahim_traore | Ibrahim Traoré; capitaine Ibrahim Traoré; Ibrahim Traore | = | MIL:military_ruler 2022-09-30 -
apollinaire_kyelem_de_tambela | Apollinaire Joachim Kyélem de Tambèla; Apollinaire Kyélem de Tambèla | = | prime_minister 2022-10-21 2024-12-06
jean_emmanuel_ouedraogo | Rimtalba Jean Emmanuel Ouédraogo; Jean Emmanuel Ouédraogo | = | prime_minister 2024-12-07 -

@NER
mamadou_tandja | Mamadou Tandja; Tandja | = | president 1999-12-22 2010-02-18
salou_djibo | Salou Djibo | = | MIL:military_ruler 2010-02-18 2011-04-07
mahamadou_issoufou | Mahamadou Issoufou; Issoufou | = | president 2011-04-07 2021-04-02
mohamed_bazoum | Mohamed Bazoum; Bazoum | = | interior_minister 2016-04-11 2020-06-29; president 2021-04-02 2023-07-26
abdourahamane_tiani | Abdourahamane Tiani; Abdourahamane Tchiani; général Tiani; Tiani; Tchiani | = | MIL:military_ruler 2023-07-26 -
brigi_rafini | Brigi Rafini | = | prime_minister 2011-04-07 2021-04-03
ouhoumoudou_mahamadou | Ouhoumoudou Mahamadou | = | prime_minister 2021-04-03 2023-07-26
ali_lamine_zeine | Ali Lamine Zeine; Ali Mahaman Lamine Zeine | = | prime_minister 2023-08-08 -

@TCD
idriss_deby | Idriss Déby; Idriss Déby Itno; Idriss Deby | Idriss Deby; Idriss Déby | president 1990-12-02 2021-04-20
mahamat_idriss_deby | Mahamat Idriss Déby; Mahamat Déby; Mahamat Idriss Déby Itno; Mahamat Deby | Mahamat Idriss Deby; Mahamat Deby | MIL:military_ruler 2021-04-20 2024-05-23; president 2024-05-23 -
succes_masra | Succès Masra; Succes Masra; Masra | = | OPP:opposition_leader 2018-12 2024-01-01; prime_minister 2024-01-01 2024-05-22; OPP:opposition_leader 2024-05-22 -

@SEN
abdou_diouf | Abdou Diouf; Diouf | = | president 1981-01-01 2000-04-01; IGO.OIF:secretary_general 2003-01-01 2014-12-31
abdoulaye_wade | Abdoulaye Wade; Wade | = | president 2000-04-01 2012-04-02
macky_sall | Macky Sall | = | prime_minister 2004-04-21 2007-06-19; president 2012-04-02 2024-04-02
bassirou_diomaye_faye | Bassirou Diomaye Faye; Diomaye Faye | = | president 2024-04-02 -
ousmane_sonko | Ousmane Sonko; Sonko | = | OPP:opposition_leader 2019-02 2024-04-02; prime_minister 2024-04-02 -

@CIV
robert_guei | Robert Guéï; Robert Guei; Guéï | = | MIL:military_ruler 1999-12-24 2000-10-26
laurent_gbagbo | Laurent Gbagbo; Gbagbo | = | president 2000-10-26 2011-04-11
alassane_ouattara | Alassane Ouattara; Alassane Dramane Ouattara; Ouattara | = | prime_minister 1990-11-07 1993-12-09; president 2010-12-04 -
henri_konan_bedie | Henri Konan Bédié; Henri Konan Bedie; Konan Bédié; Bédié | = | president 1993-12-07 1999-12-24; OPP:party_leader 1999-12-24 2023-08-01
guillaume_soro | Guillaume Soro; Soro | = | REB.FORCES_NOUVELLES:leader 2002-09 2007-04-04; prime_minister 2007-04-04 2012-03-13; speaker 2012-03-12 2019-02-08
amadou_gon_coulibaly | Amadou Gon Coulibaly | = | prime_minister 2017-01-10 2020-07-08
hamed_bakayoko | Hamed Bakayoko | = | prime_minister 2020-07-30 2021-03-10
patrick_achi | Patrick Achi | = | prime_minister 2021-03-26 2023-10-06
robert_beugre_mambe | Robert Beugré Mambé; Robert Beugre Mambe | = | prime_minister 2023-10-17 -

@CMR
paul_biya | Paul Biya; Biya | = | president 1982-11-06 -
philemon_yang | Philémon Yang; Philemon Yang | = | prime_minister 2009-06-30 2019-01-04
joseph_dion_ngute | Joseph Dion Ngute | = | prime_minister 2019-01-04 -

@COD
laurent_desire_kabila | Laurent-Désiré Kabila; Laurent-Desire Kabila; Laurent Kabila | = | president 1997-05-17 2001-01-16
joseph_kabila | Joseph Kabila | = | president 2001-01-26 2019-01-24
felix_tshisekedi | Félix Tshisekedi; Felix Tshisekedi; Félix Antoine Tshisekedi; Fatshi | = | president 2019-01-24 -
etienne_tshisekedi | Étienne Tshisekedi; Etienne Tshisekedi | = | OPP:opposition_leader 1982-02 2017-02-01
jean_pierre_bemba | Jean-Pierre Bemba; Bemba | = | REB.MLC:leader 1998-09 2003-06-30; vice_president 2003-06-30 2006-12-06
moise_katumbi | Moïse Katumbi; Moise Katumbi; Katumbi | = | OPP:opposition_leader 2015-09 -
martin_fayulu | Martin Fayulu; Fayulu | = | OPP:opposition_leader 2018-11 -
augustin_matata_ponyo | Augustin Matata Ponyo; Matata Ponyo | = | prime_minister 2012-04-18 2016-11-17
sama_lukonde | Sama Lukonde; Jean-Michel Sama Lukonde | = | prime_minister 2021-02-15 2024-06-12
judith_suminwa | Judith Suminwa; Judith Suminwa Tuluka | = | prime_minister 2024-06-12 -

@COG
denis_sassou_nguesso | Denis Sassou Nguesso; Denis Sassou-Nguesso; Sassou Nguesso; Sassou-Nguesso | = | president 1997-10-25 -

@CAF
ange_felix_patasse | Ange-Félix Patassé; Ange-Felix Patasse; Patassé | = | president 1993-10-22 2003-03-15
francois_bozize | François Bozizé; Francois Bozize; Bozizé | = | president 2003-03-15 2013-03-24
michel_djotodia | Michel Djotodia; Djotodia | = | REB.SELEKA:leader 2012-12 2013-03-24; president 2013-03-24 2014-01-10
catherine_samba_panza | Catherine Samba-Panza; Samba-Panza | = | president 2014-01-23 2016-03-30
faustin_archange_touadera | Faustin-Archange Touadéra; Faustin-Archange Touadera; Touadéra; Touadera | = | prime_minister 2008-01-22 2013-01-17; president 2016-03-30 -

@RWA
paul_kagame | Paul Kagame; Paul Kagamé; Kagame; Kagamé | = | vice_president 1994-07-19 2000-03-24; defence_minister 1994-07-19 2000-04-22; president 2000-03-24 -

@BDI
pierre_nkurunziza | Pierre Nkurunziza; Nkurunziza | = | president 2005-08-26 2020-06-08
evariste_ndayishimiye | Évariste Ndayishimiye; Evariste Ndayishimiye; Ndayishimiye | = | president 2020-06-18 -

@UGA
yoweri_museveni | Yoweri Museveni; Museveni | = | president 1986-01-29 -
bobi_wine | Bobi Wine; Robert Kyagulanyi | = | OPP:opposition_leader 2018-08 -

@ETH
meles_zenawi | Meles Zenawi; Meles | = | prime_minister 1995-08-23 2012-08-20
hailemariam_desalegn | Hailemariam Desalegn; Haile Mariam Dessalegn | = | prime_minister 2012-08-20 2018-04-02
abiy_ahmed | Abiy Ahmed; Abiy Ahmed Ali; Abiy | = | prime_minister 2018-04-02 -
girma_wolde_giorgis | Girma Wolde-Giorgis | = | president 2001-10-08 2013-10-07
mulatu_teshome | Mulatu Teshome | = | president 2013-10-07 2018-10-25
sahle_work_zewde | Sahle-Work Zewde | = | president 2018-10-25 2024-10-07
taye_atske_selassie | Taye Atske Selassie; Taye Atske-Selassie | = | foreign_minister 2024-02-07 2024-10-07; president 2024-10-07 -
debretsion_gebremichael | Debretsion Gebremichael; Debretsion | = | REB.TPLF:leader 2018-01 -
getachew_reda | Getachew Reda | = | regional_president 2023-03-23 2025-04-08

@ERI
isaias_afwerki | Issayas Afeworki; Isaias Afwerki; Afeworki; Afwerki | Isaias Afwerki; Afwerki | president 1993-05-24 -

@KEN
daniel_arap_moi | Daniel arap Moi | = | president 1978-08-22 2002-12-30
mwai_kibaki | Mwai Kibaki; Kibaki | = | president 2002-12-30 2013-04-09
uhuru_kenyatta | Uhuru Kenyatta; Kenyatta | = | president 2013-04-09 2022-09-13
william_ruto | William Ruto; Ruto | = | vice_president 2013-04-09 2022-09-13; president 2022-09-13 -
raila_odinga | Raila Odinga; Odinga | = | prime_minister 2008-04-17 2013-04-09; OPP:opposition_leader 2013-04-09 2025-10-15

@SOM
abdiqasim_salad_hassan | Abdiqasim Salad Hassan | = | president 2000-08-27 2004-10-14
abdullahi_yusuf_ahmed | Abdullahi Yusuf Ahmed | = | president 2004-10-14 2008-12-29
sharif_sheikh_ahmed | Sharif Cheikh Ahmed; Sharif Sheikh Ahmed | = | president 2009-01-31 2012-08-20
hassan_sheikh_mohamud | Hassan Cheikh Mohamoud; Hassan Sheikh Mohamud | = | president 2012-09-16 2017-02-16; president 2022-05-23 -
mohamed_abdullahi_farmajo | Mohamed Abdullahi Farmajo; Mohamed Abdullahi Mohamed; Farmajo | = | prime_minister 2010-11-01 2011-06-19; president 2017-02-16 2022-05-23
hamza_abdi_barre | Hamza Abdi Barre | = | prime_minister 2022-06-25 -

@SDN
omar_al_bashir | Omar el-Béchir; Omar al-Bachir; Omar el-Bechir; Omar Hassan el-Béchir; Béchir; el-Béchir | Omar al-Bashir; Omar Hassan al-Bashir; Bashir; al-Bashir | president 1989-06-30 2019-04-11
ahmed_awad_ibn_auf | Ahmed Awad Ibn Auf; Awad Ibn Auf | = | defence_minister 2015-08 2019-04-12; MIL:military_ruler 2019-04-11 2019-04-12
abdel_fattah_al_burhan | Abdel Fattah al-Burhane; Abdel Fattah al-Burhan; Abdel Fattah Burhane; al-Burhane; Burhane | Abdel Fattah al-Burhan; Burhan | MIL:military_ruler 2019-04-12 -
mohamed_hamdan_dagalo | Mohamed Hamdan Daglo; Mohamed Hamdane Daglo; Mohamed Hamdan Dagalo; Hemedti; Hemetti; Daglo | Mohamed Hamdan Dagalo; Hemedti; Dagalo | MIL:commander 2013-08 2023-04-15; REB.SUDAN_RSF:leader 2023-04-15 -
abdalla_hamdok | Abdallah Hamdok; Abdalla Hamdok; Hamdok | = | prime_minister 2019-08-21 2022-01-02
kamil_idris | Kamil Idris | = | prime_minister 2025-05-19 -

@SSD
salva_kiir | Salva Kiir; Salva Kiir Mayardit; Kiir | = | president 2011-07-09 -
riek_machar | Riek Machar; Machar | = | vice_president 2011-07-09 2013-07-23; REB.SPLM_IO:leader 2013-12 2020-02-22; vice_president 2020-02-22 -

@GIN
lansana_conte | Lansana Conté; Lansana Conte | = | president 1984-04-03 2008-12-22
moussa_dadis_camara | Moussa Dadis Camara; Dadis Camara | = | MIL:military_ruler 2008-12-23 2010-01-15
sekouba_konate | Sékouba Konaté; Sekouba Konate | = | MIL:military_ruler 2010-01-15 2010-12-21
alpha_conde | Alpha Condé; Alpha Conde | = | president 2010-12-21 2021-09-05
mamadi_doumbouya | Mamadi Doumbouya; colonel Doumbouya; Doumbouya | = | MIL:military_ruler 2021-09-05 -

@GAB
omar_bongo | Omar Bongo; Omar Bongo Ondimba | = | president 1967-12-02 2009-06-08
ali_bongo | Ali Bongo; Ali Bongo Ondimba | = | president 2009-10-16 2023-08-30
brice_oligui_nguema | Brice Clotaire Oligui Nguema; Brice Oligui Nguema; Oligui Nguema | = | MIL:military_ruler 2023-08-30 2025-05-03; president 2025-05-03 -

@TGO
gnassingbe_eyadema | Gnassingbé Eyadéma; Gnassingbe Eyadema; Eyadéma | = | president 1967-04-14 2005-02-05
faure_gnassingbe | Faure Gnassingbé; Faure Gnassingbe; Gnassingbé | = | president 2005-05-04 2025-05-03; head_of_government 2025-05-03 -

@BEN
mathieu_kerekou | Mathieu Kérékou; Mathieu Kerekou; Kérékou | = | president 1996-04-04 2006-04-06
thomas_boni_yayi | Thomas Boni Yayi; Boni Yayi | = | president 2006-04-06 2016-04-06
patrice_talon | Patrice Talon | = | president 2016-04-06 2026-05-23

@MRT
maaouya_ould_taya | Maaouiya Ould Taya; Maaouya Ould Sid'Ahmed Taya | = | president 1984-12-12 2005-08-03
ely_ould_mohamed_vall | Ely Ould Mohamed Vall | = | MIL:military_ruler 2005-08-03 2007-04-19
sidi_ould_cheikh_abdallahi | Sidi Ould Cheikh Abdallahi | = | president 2007-04-19 2008-08-06
mohamed_ould_abdel_aziz | Mohamed Ould Abdel Aziz | = | MIL:military_ruler 2008-08-06 2009-04-15; president 2009-08-05 2019-08-01
mohamed_ould_ghazouani | Mohamed Ould Ghazouani; Mohamed Ould Cheikh el-Ghazouani; Ghazouani | = | president 2019-08-01 -

@ZWE
robert_mugabe | Robert Mugabe; Mugabe | = | president 1987-12-31 2017-11-21
emmerson_mnangagwa | Emmerson Mnangagwa; Mnangagwa | = | president 2017-11-24 -
morgan_tsvangirai | Morgan Tsvangirai; Tsvangirai | = | OPP:opposition_leader 1999-09 2009-02-11; prime_minister 2009-02-11 2013-09-11; OPP:opposition_leader 2013-09-11 2018-02-14

@AGO
jose_eduardo_dos_santos | José Eduardo dos Santos; Jose Eduardo dos Santos; dos Santos | = | president 1979-09-21 2017-09-26
joao_lourenco | João Lourenço; Joao Lourenco | = | president 2017-09-26 -

@MDG
andry_rajoelina | Andry Rajoelina; Rajoelina | = | president 2009-03-17 2014-01-25; president 2019-01-19 2025-10-14
marc_ravalomanana | Marc Ravalomanana; Ravalomanana | = | president 2002-05-06 2009-03-17
michael_randrianirina | Michael Randrianirina; Randrianirina | = | MIL:military_ruler 2025-10-14 -
""")

DATA.append(r"""
@BLR
alexander_lukashenko | Alexandre Loukachenko; Alexandre Loukachenka; Loukachenko; Loukachenka | Alexander Lukashenko; Lukashenko | president 1994-07-20 -
vladimir_makei | Vladimir Makeï; Uladzimir Makeï | Vladimir Makei | foreign_minister 2012-08-20 2022-11-26
sviatlana_tsikhanouskaya | Svetlana Tikhanovskaïa; Sviatlana Tsikhanouskaïa; Tikhanovskaïa; Tsikhanouskaïa | Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya; Tsikhanouskaya | OPP:opposition_leader 2020-08 -

@GEO
eduard_shevardnadze | Edouard Chevardnadze; Édouard Chevardnadze; Chevardnadze | Eduard Shevardnadze; Shevardnadze | president 1995-11-26 2003-11-23
nino_burjanadze | Nino Bourdjanadze; Nino Burjanadze | Nino Burjanadze | speaker 2001-11-09 2008-06-07; president 2003-11-23 2004-01-25; president 2007-11-25 2008-01-20
mikheil_saakashvili | Mikheïl Saakachvili; Mikhaïl Saakachvili; Saakachvili | Mikheil Saakashvili; Saakashvili | president 2004-01-25 2007-11-25; president 2008-01-20 2013-11-17
giorgi_margvelashvili | Guiorgui Margvelachvili; Margvelachvili | Giorgi Margvelashvili; Margvelashvili | president 2013-11-17 2018-12-16
salome_zourabichvili | Salomé Zourabichvili; Salome Zourabichvili; Zourabichvili | Salome Zourabichvili; Salome Zurabishvili; Zourabichvili | foreign_minister 2004-03-18 2005-10-19; president 2018-12-16 2024-12-29
mikheil_kavelashvili | Mikheïl Kavelachvili; Kavelachvili | Mikheil Kavelashvili; Kavelashvili | president 2024-12-29 -
zurab_zhvania | Zourab Jvania; Zurab Zhvania | Zurab Zhvania | prime_minister 2004-02-17 2005-02-03
zurab_nogaideli | Zourab Noghaideli; Zurab Nogaideli | Zurab Nogaideli | prime_minister 2005-02-17 2007-11-16
bidzina_ivanishvili | Bidzina Ivanichvili; Ivanichvili | Bidzina Ivanishvili; Ivanishvili | prime_minister 2012-10-25 2013-11-20; OPP:party_leader 2013-11-20 -
irakli_garibashvili | Irakli Garibachvili; Garibachvili | Irakli Garibashvili; Garibashvili | prime_minister 2013-11-20 2015-12-30; prime_minister 2021-02-22 2024-02-08
giorgi_kvirikashvili | Guiorgui Kvirikachvili | Giorgi Kvirikashvili | prime_minister 2015-12-30 2018-06-13
mamuka_bakhtadze | Mamouka Bakhtadze | Mamuka Bakhtadze | prime_minister 2018-06-20 2019-09-02
giorgi_gakharia | Guiorgui Gakharia; Gakharia | Giorgi Gakharia | prime_minister 2019-09-08 2021-02-18
irakli_kobakhidze | Irakli Kobakhidze; Kobakhidze | = | prime_minister 2024-02-08 -

@SRB
slobodan_milosevic | Slobodan Milosevic; Slobodan Milošević; Milosevic; Milošević | = | president 1997-07-23 2000-10-07
vojislav_kostunica | Vojislav Kostunica; Vojislav Koštunica; Kostunica; Koštunica | = | president 2000-10-07 2003-03-07; prime_minister 2004-03-03 2008-07-07
zoran_djindjic | Zoran Djindjic; Zoran Đinđić; Djindjic; Đinđić | Zoran Djindjic; Zoran Đinđić; Djindjic | prime_minister 2001-01-25 2003-03-12
zoran_zivkovic | Zoran Zivkovic; Zoran Živković | = | prime_minister 2003-03-18 2004-03-03
boris_tadic | Boris Tadic; Boris Tadić; Tadic; Tadić | = | president 2004-07-11 2012-04-05
tomislav_nikolic | Tomislav Nikolic; Tomislav Nikolić; Nikolic; Nikolić | = | president 2012-05-31 2017-05-31
aleksandar_vucic | Aleksandar Vucic; Aleksandar Vučić; Vucic; Vučić | = | prime_minister 2014-04-27 2017-05-31; president 2017-05-31 -
mirko_cvetkovic | Mirko Cvetkovic; Mirko Cvetković | = | prime_minister 2008-07-07 2012-07-27
ivica_dacic | Ivica Dacic; Ivica Dačić; Dacic; Dačić | = | prime_minister 2012-07-27 2014-04-27; foreign_minister 2014-04-27 2020-10-28; foreign_minister 2022-10-26 2024-05-02; interior_minister 2024-05-02 -
ana_brnabic | Ana Brnabic; Ana Brnabić; Brnabic; Brnabić | = | prime_minister 2017-06-29 2024-03-20; speaker 2024-05-02 -
milos_vucevic | Milos Vucevic; Miloš Vučević | = | defence_minister 2022-10-26 2024-05-02; prime_minister 2024-05-02 2025-04-16
djuro_macut | Djuro Macut; Đuro Macut | = | prime_minister 2025-04-16 -
vuk_jeremic | Vuk Jeremic; Vuk Jeremić; Jeremic | = | foreign_minister 2007-05-15 2012-07-27
nikola_selakovic | Nikola Selakovic; Nikola Selaković | = | foreign_minister 2020-10-28 2022-10-26
marko_djuric | Marko Djuric; Marko Đurić | = | foreign_minister 2024-05-02 -

@XKX
ibrahim_rugova | Ibrahim Rugova; Rugova | = | president 2002-03-04 2006-01-21
fatmir_sejdiu | Fatmir Sejdiu | = | president 2006-02-10 2010-09-27
atifete_jahjaga | Atifete Jahjaga | = | president 2011-04-07 2016-04-07
hashim_thaci | Hashim Thaçi; Hashim Thaci; Thaçi; Thaci | = | REB.UCK:leader 1998-01 1999-06; prime_minister 2008-01-09 2014-12-09; president 2016-04-07 2020-11-05
ramush_haradinaj | Ramush Haradinaj; Haradinaj | = | prime_minister 2004-12-03 2005-03-08; prime_minister 2017-09-09 2020-02-03
albin_kurti | Albin Kurti; Kurti | = | prime_minister 2020-02-03 2020-06-03; prime_minister 2021-03-22 -
vjosa_osmani | Vjosa Osmani; Osmani | = | president 2021-04-04 -

@BIH
radovan_karadzic | Radovan Karadzic; Radovan Karadžić; Karadzic; Karadžić | = | president 1992-05-12 1996-07-19
ratko_mladic | Ratko Mladic; Ratko Mladić; Mladic; Mladić | = | commander 1992-05-12 1996-11-08
milorad_dodik | Milorad Dodik; Dodik | = | regional_president 2010-11-15 2018-11-19; regional_president 2022-11-15 2025-08

@CHE
adolf_ogi | Adolf Ogi | = | president 2000-01-01 2000-12-31
moritz_leuenberger | Moritz Leuenberger | = | president 2001-01-01 2001-12-31; president 2006-01-01 2006-12-31
kaspar_villiger | Kaspar Villiger | = | president 2002-01-01 2002-12-31
pascal_couchepin | Pascal Couchepin; Couchepin | = | president 2003-01-01 2003-12-31; president 2008-01-01 2008-12-31
joseph_deiss | Joseph Deiss | = | foreign_minister 1999-04-01 2002-12-31; president 2004-01-01 2004-12-31
samuel_schmid | Samuel Schmid | = | defence_minister 2001-01-01 2008-12-31; president 2005-01-01 2005-12-31
micheline_calmy_rey | Micheline Calmy-Rey; Calmy-Rey | = | foreign_minister 2003-01-01 2011-12-31; president 2007-01-01 2007-12-31; president 2011-01-01 2011-12-31
doris_leuthard | Doris Leuthard; Leuthard | = | president 2010-01-01 2010-12-31; president 2017-01-01 2017-12-31
eveline_widmer_schlumpf | Eveline Widmer-Schlumpf; Widmer-Schlumpf | = | president 2012-01-01 2012-12-31
ueli_maurer | Ueli Maurer | = | defence_minister 2009-01-01 2015-12-31; president 2013-01-01 2013-12-31; president 2019-01-01 2019-12-31
didier_burkhalter | Didier Burkhalter; Burkhalter | = | foreign_minister 2012-01-01 2017-10-31; president 2014-01-01 2014-12-31
simonetta_sommaruga | Simonetta Sommaruga; Sommaruga | = | president 2015-01-01 2015-12-31; president 2020-01-01 2020-12-31
johann_schneider_ammann | Johann Schneider-Ammann; Schneider-Ammann | = | president 2016-01-01 2016-12-31
alain_berset | Alain Berset; Berset | = | president 2018-01-01 2018-12-31; president 2023-01-01 2023-12-31; IGO.COUNCIL_OF_EUROPE:secretary_general 2024-09-18 -
guy_parmelin | Guy Parmelin; Parmelin | = | defence_minister 2016-01-01 2018-12-31; president 2021-01-01 2021-12-31; president 2026-01-01 2026-12-31
ignazio_cassis | Ignazio Cassis | = | foreign_minister 2017-11-01 -; president 2022-01-01 2022-12-31
viola_amherd | Viola Amherd; Amherd | = | defence_minister 2019-01-01 2025-03-31; president 2024-01-01 2024-12-31
karin_keller_sutter | Karin Keller-Sutter; Keller-Sutter | = | president 2025-01-01 2025-12-31
martin_pfister | Martin Pfister | = | defence_minister 2025-04-01 -

@NOR
harald_v | Harald V; le roi Harald | Harald V; King Harald | king 1991-01-17 -
kjell_magne_bondevik | Kjell Magne Bondevik; Bondevik | = | prime_minister 1997-10-17 2000-03-17; prime_minister 2001-10-19 2005-10-17
erna_solberg | Erna Solberg; Solberg | = | prime_minister 2013-10-16 2021-10-14
jonas_gahr_store | Jonas Gahr Støre; Jonas Gahr Store; Støre | Jonas Gahr Store; Jonas Gahr Støre; Store | foreign_minister 2005-10-17 2012-09-21; prime_minister 2021-10-14 -
borge_brende | Børge Brende; Borge Brende | = | foreign_minister 2013-10-16 2017-10-20
ine_eriksen_soreide | Ine Eriksen Søreide; Ine Eriksen Soreide | = | defence_minister 2013-10-16 2017-10-20; foreign_minister 2017-10-20 2021-10-14
anniken_huitfeldt | Anniken Huitfeldt | = | foreign_minister 2021-10-14 2023-10-16
espen_barth_eide | Espen Barth Eide | = | foreign_minister 2012-09-21 2013-10-16; foreign_minister 2023-10-16 -

@ARM
robert_kocharyan | Robert Kotcharian; Kotcharian | Robert Kocharyan; Kocharyan | president 1998-02-04 2008-04-09
serzh_sargsyan | Serge Sarkissian; Serj Sarkissian; Serzh Sargsyan | Serzh Sargsyan | president 2008-04-09 2018-04-09; prime_minister 2018-04-17 2018-04-23
armen_sarkissian | Armen Sarkissian | = | president 2018-04-09 2022-02-01
vahagn_khachaturyan | Vahagn Khatchatourian | Vahagn Khachaturyan | president 2022-03-13 -
nikol_pashinyan | Nikol Pachinian; Pachinian | Nikol Pashinyan; Pashinyan | prime_minister 2018-05-08 -
ararat_mirzoyan | Ararat Mirzoyan | = | foreign_minister 2021-08-19 -

@AZE
heydar_aliyev | Heydar Aliev; Heydar Aliyev | Heydar Aliyev | president 1993-06-24 2003-10-31
ilham_aliyev | Ilham Aliev; Ilham Aliyev | Ilham Aliyev | president 2003-10-31 -
elmar_mammadyarov | Elmar Mammadyarov | = | foreign_minister 2004-04-02 2020-07-16
jeyhun_bayramov | Jeyhun Bayramov | = | foreign_minister 2020-07-16 -

@MDA
vladimir_voronin | Vladimir Voronine; Vladimir Voronin | Vladimir Voronin | president 2001-04-07 2009-09-11
nicolae_timofti | Nicolae Timofti | = | president 2012-03-23 2016-12-23
igor_dodon | Igor Dodon; Dodon | = | president 2016-12-23 2020-12-24
maia_sandu | Maia Sandu; Sandu | = | prime_minister 2019-06-08 2019-11-14; president 2020-12-24 -

@KAZ
nursultan_nazarbayev | Noursoultan Nazarbaïev; Nazarbaïev | Nursultan Nazarbayev; Nazarbayev | president 1990-04-24 2019-03-20
kassym_jomart_tokayev | Kassym-Jomart Tokaïev; Tokaïev | Kassym-Jomart Tokayev; Tokayev | foreign_minister 1999-10-01 2002-01-28; president 2019-03-20 -

@UZB
islam_karimov | Islam Karimov; Karimov | = | president 1990-03-24 2016-09-02
shavkat_mirziyoyev | Chavkat Mirzioïev; Mirzioïev | Shavkat Mirziyoyev; Mirziyoyev | prime_minister 2003-12-12 2016-09-08; president 2016-09-08 -

@TJK
emomali_rahmon | Emomali Rahmon; Rahmon | = | president 1992-11-19 -

@KGZ
askar_akayev | Askar Akaïev; Akaïev | Askar Akayev; Akayev | president 1990-10-27 2005-03-24
kurmanbek_bakiyev | Kourmanbek Bakiev; Bakiev | Kurmanbek Bakiyev; Bakiyev | president 2005-03-25 2010-04-07
roza_otunbayeva | Rosa Otounbaïeva; Roza Otunbayeva | Roza Otunbayeva | president 2010-04-07 2011-12-01
almazbek_atambayev | Almazbek Atambaïev; Atambaïev | Almazbek Atambayev; Atambayev | president 2011-12-01 2017-11-24
sooronbay_jeenbekov | Sooronbaï Jeenbekov | Sooronbay Jeenbekov | president 2017-11-24 2020-10-15
sadyr_japarov | Sadyr Japarov; Sadyr Djaparov | Sadyr Japarov | president 2020-10-15 -

@BHR
hamad_bin_isa_al_khalifa | Hamad ben Issa Al Khalifa; Hamad ben Issa al-Khalifa | Hamad bin Isa Al Khalifa | king 1999-03-06 -

@KWT
jaber_al_ahmad_al_sabah | Jaber al-Ahmad al-Sabah | = | emir 1977-12-31 2006-01-15
sabah_al_ahmad_al_sabah | Sabah al-Ahmad al-Sabah; cheikh Sabah | = | foreign_minister 1963-01 2003-07-13; prime_minister 2003-07-13 2006-01-29; emir 2006-01-29 2020-09-29
nawaf_al_ahmad_al_sabah | Nawaf al-Ahmad al-Sabah | = | emir 2020-09-29 2023-12-16
mishal_al_ahmad_al_sabah | Mechaal al-Ahmad al-Sabah; Mishal al-Ahmad al-Sabah | = | emir 2023-12-16 -

@OMN
qaboos_bin_said | Qabous ben Saïd; le sultan Qabous | Qaboos bin Said | sultan 1970-07-23 2020-01-10
haitham_bin_tariq | Haitham ben Tariq; le sultan Haitham | Haitham bin Tariq | sultan 2020-01-11 -
yusuf_bin_alawi | Youssef ben Alaoui; Yusuf bin Alawi | Yusuf bin Alawi bin Abdullah | foreign_minister 1997-01 2020-08-18
badr_albusaidi | Badr al-Boussaïdi; Badr Albusaidi | Badr Albusaidi | foreign_minister 2020-08-18 -

@ALB
sali_berisha | Sali Berisha; Berisha | = | president 1992-04-09 1997-07-24; prime_minister 2005-09-11 2013-09-15
edi_rama | Edi Rama | = | prime_minister 2013-09-15 -
""")

DATA.append(r"""
@VAT
john_paul_ii | Jean-Paul II; le pape Jean-Paul II | John Paul II; Pope John Paul II | REL:pope 1978-10-16 2005-04-02
benedict_xvi | Benoît XVI; Benoit XVI; le pape Benoît XVI; Joseph Ratzinger | Benedict XVI; Pope Benedict XVI; Joseph Ratzinger | REL:pope 2005-04-19 2013-02-28
pope_francis | le pape François; pape François; Jorge Mario Bergoglio; Bergoglio | Pope Francis; Jorge Mario Bergoglio | REL:pope 2013-03-13 2025-04-21
leo_xiv | Léon XIV; Leon XIV; le pape Léon XIV; Robert Francis Prevost | Leo XIV; Pope Leo XIV; Robert Francis Prevost | REL:pope 2025-05-08 -

@CHN
dalai_lama | dalaï-lama; dalaï lama; Tenzin Gyatso | Dalai Lama; Tenzin Gyatso | REL:religious_leader 1940-02-22 -

@USA
steve_witkoff | Steve Witkoff; Witkoff | = | special_envoy 2025-01-20 -

@UKR
kyrylo_budanov | Kyrylo Boudanov; Kirill Boudanov; Boudanov | Kyrylo Budanov; Budanov | SPY:intelligence_director 2020-08-05 -
andriy_yermak | Andriï Iermak; Andriy Yermak; Iermak | Andriy Yermak; Yermak | presidential_chief_of_staff 2020-02-11 2025-11

@RUS
yulia_navalnaya | Ioulia Navalnaïa; Yulia Navalnaya | Yulia Navalnaya | OPP:opposition_leader 2024-02 -

@LBN
gebran_bassil | Gebran Bassil; Bassil | = | foreign_minister 2014-02-15 2020-01-21
abdallah_bou_habib | Abdallah Bou Habib | Abdallah Bou Habib | foreign_minister 2021-09-10 2025-02-08
youssef_raggi | Youssef Raggi; Youssef Rajji | Youssef Rajji | foreign_minister 2025-02-08 -

@TUN
othman_jerandi | Othman Jerandi | = | foreign_minister 2020-09-02 2023-02-07
nabil_ammar | Nabil Ammar | = | foreign_minister 2023-02-07 2024-08-25
mohamed_ali_nafti | Mohamed Ali Nafti | = | foreign_minister 2024-08-25 -

@LBY
najla_mangoush | Najla al-Mangoush; Najla Mangoush | Najla Mangoush | foreign_minister 2021-03-15 2023-08-27

@EGY
sedki_sobhi | Sedki Sobhi; Sedki Sobhy | Sedki Sobhy | chief_of_staff 2012-08-12 2014-03-26; defence_minister 2014-03-26 2018-06-14
mohamed_zaki | Mohamed Zaki; Mohamed Ahmed Zaki | = | defence_minister 2018-06-14 2024-07-03
abdel_mageed_saqr | Abdel Meguid Saqr; Abdel Mageed Saqr | Abdel Mageed Saqr | defence_minister 2024-07-03 -

@COD
therese_kayikwamba_wagner | Thérèse Kayikwamba Wagner | Therese Kayikwamba Wagner | foreign_minister 2024-06-12 -

@HTI
jean_bertrand_aristide | Jean-Bertrand Aristide; Aristide | = | president 2001-02-07 2004-02-29
rene_preval | René Préval; Rene Preval; Préval | = | president 1996-02-07 2001-02-07; president 2006-05-14 2011-05-14
michel_martelly | Michel Martelly; Martelly | = | president 2011-05-14 2016-02-07
jovenel_moise | Jovenel Moïse; Jovenel Moise | = | president 2017-02-07 2021-07-07
ariel_henry | Ariel Henry | = | prime_minister 2021-07-20 2024-04-25

@NZL
helen_clark | Helen Clark | = | prime_minister 1999-12-05 2008-11-19
john_key | John Key | = | prime_minister 2008-11-19 2016-12-12
bill_english | Bill English | = | prime_minister 2016-12-12 2017-10-26
jacinda_ardern | Jacinda Ardern; Ardern | = | prime_minister 2017-10-26 2023-01-25
chris_hipkins | Chris Hipkins; Hipkins | = | prime_minister 2023-01-25 2023-11-27
christopher_luxon | Christopher Luxon; Luxon | = | prime_minister 2023-11-27 -

@SLV
nayib_bukele | Nayib Bukele; Bukele | = | president 2019-06-01 -
""")

DATA.append(r"""
@ZAF
mosiuoa_lekota | Mosiuoa Lekota; Terror Lekota | = | defence_minister 1999-06-17 2008-09-25
nosiviwe_mapisa_nqakula | Nosiviwe Mapisa-Nqakula | = | defence_minister 2012-06-12 2021-08-05
thandi_modise | Thandi Modise | = | defence_minister 2021-08-05 2024-07-03
angie_motshekga | Angie Motshekga | = | defence_minister 2024-07-03 -

@AUT
karin_kneissl | Karin Kneissl; Kneissl | = | foreign_minister 2017-12-18 2019-06-03
beate_meinl_reisinger | Beate Meinl-Reisinger | = | foreign_minister 2025-03-03 -

@CZE
jan_lipavsky | Jan Lipavský; Jan Lipavsky | = | foreign_minister 2021-12-17 2025-12
lubomir_zaoralek | Lubomír Zaorálek; Lubomir Zaoralek | = | foreign_minister 2014-01-29 2017-12-13

@GRC
nikos_kotzias | Nikos Kotzias | = | foreign_minister 2015-01-27 2018-10-17
nikos_dendias | Nikos Dendias; Dendias | = | foreign_minister 2019-07-09 2023-05-26; defence_minister 2023-06-27 -
giorgos_gerapetritis | Giorgos Gerapetritis; Georges Gerapetritis | = | foreign_minister 2023-06-27 -

@IRL
simon_coveney | Simon Coveney; Coveney | = | foreign_minister 2017-06-14 2022-12-17

@PRT
augusto_santos_silva | Augusto Santos Silva | = | foreign_minister 2015-11-26 2022-03-30
joao_gomes_cravinho | João Gomes Cravinho; Joao Gomes Cravinho | = | defence_minister 2018-10-15 2022-03-30; foreign_minister 2022-03-30 2024-04-02
paulo_rangel | Paulo Rangel | = | foreign_minister 2024-04-02 -

@EST
margus_tsahkna | Margus Tsahkna | = | foreign_minister 2024-04-17 -
urmas_reinsalu | Urmas Reinsalu | = | foreign_minister 2019-04-29 2021-01-26; foreign_minister 2022-07-18 2023-04-17

@LTU
linas_linkevicius | Linas Linkevičius; Linas Linkevicius | = | foreign_minister 2012-12-13 2020-12-07
kestutis_budrys | Kęstutis Budrys; Kestutis Budrys | = | foreign_minister 2024-12-12 -

@PAK
khawaja_asif | Khawaja Asif; Khawaja Muhammad Asif | = | defence_minister 2013-11-28 2017-07-28; foreign_minister 2017-08-04 2018-04-26; defence_minister 2022-04-19 2023-08-14; defence_minister 2024-03-11 -
mohsin_naqvi | Mohsin Naqvi | = | interior_minister 2024-03-11 -

@NER
salifou_mody | Salifou Mody | = | defence_minister 2023-08-10 -

@ISR
amir_ohana | Amir Ohana | = | speaker 2022-12-29 -
yuli_edelstein | Yuli Edelstein | = | speaker 2013-03-18 2020-03-25

@UKR
andriy_parubiy | Andriy Paroubiy; Andriy Parubiy | Andriy Parubiy | speaker 2016-04-14 2019-08-29
dmytro_razumkov | Dmytro Razoumkov; Dmytro Razumkov | Dmytro Razumkov | speaker 2019-08-29 2021-10-07
ruslan_stefanchuk | Rouslan Stefantchouk; Ruslan Stefanchuk | Ruslan Stefanchuk | speaker 2021-10-08 -

@ESH
mohamed_abdelaziz | Mohamed Abdelaziz | = | REB.POLISARIO:leader 1976-08-30 2016-05-31
brahim_ghali | Brahim Ghali | = | REB.POLISARIO:leader 2016-07-09 -

@MLI
bilal_ag_acherif | Bilal Ag Acherif | = | REB.MNLA:leader 2011-10 -

@AFG
shahab_al_muhajir | Shahab al-Muhajir; Sanaullah Ghafari | = | REB.ISIS_K:leader 2020-06 -
""")

DATA.append(r"""
@KOR
hwang_kyo_ahn | Hwang Kyo-ahn | = | prime_minister 2015-06-18 2017-05-11; acting_president 2016-12-09 2017-05-10
han_duck_soo | Han Duck-soo | = | prime_minister 2007-04-02 2008-02-29; prime_minister 2022-05-21 2025-05-01; acting_president 2024-12-14 2024-12-27; acting_president 2025-03-24 2025-05-01
choi_sang_mok | Choi Sang-mok | = | acting_president 2024-12-27 2025-03-24

@HTI
garry_conille | Garry Conille | = | prime_minister 2011-10-18 2012-05-16; prime_minister 2024-06-03 2024-11-11
alix_didier_fils_aime | Alix Didier Fils-Aimé; Alix Didier Fils-Aime | = | prime_minister 2024-11-11 -

@VNM
phan_van_khai | Phan Van Khai; Phan Văn Khải | = | prime_minister 1997-09-25 2006-06-27
tran_duc_luong | Tran Duc Luong; Trần Đức Lương | = | president 1997-09-24 2006-06-27
nong_duc_manh | Nong Duc Manh; Nông Đức Mạnh | = | party_general_secretary 2001-04-22 2011-01-19
nguyen_minh_triet | Nguyen Minh Triet; Nguyễn Minh Triết | = | president 2006-06-27 2011-07-25
truong_tan_sang | Truong Tan Sang; Trương Tấn Sang | = | president 2011-07-25 2016-04-02
tran_dai_quang | Tran Dai Quang; Trần Đại Quang | = | president 2016-04-02 2018-09-21
vo_van_thuong | Vo Van Thuong; Võ Văn Thưởng | = | president 2023-03-02 2024-03-21

@PER
valentin_paniagua | Valentín Paniagua; Valentin Paniagua | = | president 2000-11-22 2001-07-28
manuel_merino | Manuel Merino | = | president 2020-11-10 2020-11-15
francisco_sagasti | Francisco Sagasti | = | president 2020-11-17 2021-07-28

@BOL
hugo_banzer | Hugo Banzer | = | president 1997-08-06 2001-08-07
jorge_quiroga | Jorge Quiroga; Tuto Quiroga | = | president 2001-08-07 2002-08-06
gonzalo_sanchez_de_lozada | Gonzalo Sánchez de Lozada; Gonzalo Sanchez de Lozada | = | president 2002-08-06 2003-10-17
carlos_mesa | Carlos Mesa | = | president 2003-10-17 2005-06-09
eduardo_rodriguez_veltze | Eduardo Rodríguez Veltzé | Eduardo Rodriguez Veltze | president 2005-06-09 2006-01-22

@ECU
jamil_mahuad | Jamil Mahuad | = | president 1998-08-10 2000-01-21
gustavo_noboa | Gustavo Noboa | = | president 2000-01-22 2003-01-15
lucio_gutierrez | Lucio Gutiérrez; Lucio Gutierrez | = | president 2003-01-15 2005-04-20
alfredo_palacio | Alfredo Palacio | = | president 2005-04-20 2007-01-15

@NIC
arnoldo_aleman | Arnoldo Alemán; Arnoldo Aleman | = | president 1997-01-10 2002-01-10
enrique_bolanos | Enrique Bolaños; Enrique Bolanos | = | president 2002-01-10 2007-01-10

@LKA
chandrika_kumaratunga | Chandrika Kumaratunga; Kumaratunga | = | president 1994-11-12 2005-11-19

@MDA
petru_lucinschi | Petru Lucinschi | = | president 1997-01-15 2001-04-07
mihai_ghimpu | Mihai Ghimpu | = | president 2009-09-11 2010-12-28
vlad_filat | Vlad Filat | = | prime_minister 2009-09-25 2013-04-25
marian_lupu | Marian Lupu | = | president 2010-12-30 2012-03-23

@BDI
pierre_buyoya | Pierre Buyoya; Buyoya | = | president 1996-07-25 2003-04-30
domitien_ndayizeye | Domitien Ndayizeye | = | president 2003-04-30 2005-08-26

@MDG
didier_ratsiraka | Didier Ratsiraka; Ratsiraka | = | president 1997-02-09 2002-07-05
hery_rajaonarimampianina | Hery Rajaonarimampianina | = | president 2014-01-25 2018-09-07

@GAB
rose_francine_rogombe | Rose Francine Rogombé; Rose Francine Rogombe | = | president 2009-06-10 2009-10-16

@EST
lennart_meri | Lennart Meri | = | president 1992-10-06 2001-10-08
mart_laar | Mart Laar | = | prime_minister 1999-03-25 2002-01-28

@SVN
andrej_bajuk | Andrej Bajuk | = | prime_minister 2000-06-07 2000-11-30

@TWN
lee_teng_hui | Lee Teng-hui | = | president 1988-01-13 2000-05-20

@ALB
ilir_meta | Ilir Meta | = | prime_minister 1999-10-29 2002-02-22; president 2017-07-24 2022-07-24
fatos_nano | Fatos Nano | = | prime_minister 2002-07-31 2005-09-10
""")

DATA.append(r"""
# -------- foreign ministers filling gaps
@ESP
abel_matutes | Abel Matutes | = | foreign_minister 1996-05-06 2000-04-28
@BRA
luiz_felipe_lampreia | Luiz Felipe Lampreia | = | foreign_minister 1995-01-01 2001-01-29
@CAN
lloyd_axworthy | Lloyd Axworthy | = | foreign_minister 1996-01-25 2000-10-17
david_emerson | David Emerson | = | foreign_minister 2008-06-25 2008-10-30
@ARG
rafael_bielsa | Rafael Bielsa | = | foreign_minister 2003-05-25 2005-12-01
pablo_quirno | Pablo Quirno | = | foreign_minister 2025-10-22 -
@MEX
rosario_green | Rosario Green | = | foreign_minister 1998-01-07 2000-11-30
@IDN
alwi_shihab | Alwi Shihab | = | foreign_minister 1999-10-29 2001-08-09
@KOR
lee_joung_binn | Lee Joung-binn | = | foreign_minister 2000-01-14 2001-03-26
han_seung_soo | Han Seung-soo | = | foreign_minister 2001-03-26 2002-02-04; prime_minister 2008-02-29 2009-09-29
choi_sung_hong | Choi Sung-hong | = | foreign_minister 2002-02-04 2003-02-27
yoon_young_kwan | Yoon Young-kwan | = | foreign_minister 2003-02-27 2004-01-16
cho_hyun | Cho Hyun | = | foreign_minister 2025-07 -
@TUR
sukru_sina_gurel | Şükrü Sina Gürel; Sukru Sina Gurel | = | foreign_minister 2002-07-11 2002-11-18
@IRQ
mohammed_saeed_al_sahhaf | Mohammed Saïd al-Sahhaf; Mohammed Saeed al-Sahhaf | Mohammed Saeed al-Sahhaf | foreign_minister 1992-11 2001-04; information_minister 2001-04 2003-04-09
naji_sabri | Naji Sabri | = | foreign_minister 2001-04 2003-04-09
@ISR
david_levy | David Levy | = | foreign_minister 1999-07-06 2000-08-04
@PSE
nasser_al_kidwa | Nasser al-Qidwa; Nasser al-Kidwa | Nasser al-Kidwa | foreign_minister 2005-02-24 2006-03-29
mahmoud_al_zahar | Mahmoud Zahar; Mahmoud al-Zahar | Mahmoud al-Zahar | foreign_minister 2006-03-29 2007-03-17
ziad_abu_amr | Ziad Abou Amr; Ziad Abu Amr | Ziad Abu Amr | foreign_minister 2007-03-17 2007-06-14
@AFG
salahuddin_rabbani | Salahuddin Rabbani | = | foreign_minister 2015-01-29 2019-12
mohammad_hanif_atmar | Mohammad Hanif Atmar; Hanif Atmar | = | interior_minister 2008-10-11 2010-06-06; foreign_minister 2020-03 2021-08-15
@VEN
elias_jaua | Elías Jaua; Elias Jaua | = | vice_president 2010-01-26 2012-10-13; foreign_minister 2013-01-15 2014-09-02
@LBN
fawzi_salloukh | Fawzi Salloukh | = | foreign_minister 2005-07-19 2009-11-09
adnan_mansour | Adnan Mansour | = | foreign_minister 2011-06-13 2014-02-15
nassif_hitti | Nassif Hitti | = | foreign_minister 2020-01-21 2020-08-03
@JOR
marwan_muasher | Marwan Muasher; Marwan Moasher | Marwan Muasher | foreign_minister 2002-01 2004-10
salaheddine_al_bashir | Salaheddine al-Bachir; Salaheddin al-Bashir | Salaheddin al-Bashir | foreign_minister 2007-11 2009-02-23
@ARE
rashid_abdullah_al_nuaimi | Rachid Abdallah al-Nouaïmi; Rashid Abdullah Al Nuaimi | Rashid Abdullah Al Nuaimi | foreign_minister 1980-01 2006-02-09
@YEM
abu_bakr_al_qirbi | Abou Bakr al-Qirbi; Abu Bakr al-Qirbi | Abu Bakr al-Qirbi | foreign_minister 2001-04-04 2014-11-09
shaya_al_zindani | Chaya al-Zindani; Shaya al-Zindani | Shaya al-Zindani | foreign_minister 2024-03 -
@ETH
seyoum_mesfin | Seyoum Mesfin | = | foreign_minister 1991-06 2010-10-29
workneh_gebeyehu | Workneh Gebeyehu | = | foreign_minister 2016-11-01 2019-02
gedu_andargachew | Gedu Andargachew | = | foreign_minister 2019-03 2020-11
demeke_mekonnen | Demeke Mekonnen | = | deputy_prime_minister 2012-11-29 2024-02-07; foreign_minister 2020-11-25 2024-02-07
gedion_timothewos | Gedion Timothewos | = | foreign_minister 2024-10-07 -
@KEN
amina_mohamed | Amina Mohamed | = | foreign_minister 2013-05-15 2018-01-26
monica_juma | Monica Juma | = | foreign_minister 2018-01-26 2020-03-02
raychelle_omamo | Raychelle Omamo | = | foreign_minister 2020-03-02 2022-10-27
alfred_mutua | Alfred Mutua | = | foreign_minister 2022-10-27 2023-10-04
musalia_mudavadi | Musalia Mudavadi | = | foreign_minister 2023-10-04 -
@NGA
ojo_maduekwe | Ojo Maduekwe | = | foreign_minister 2007-07-26 2010-03-17
olugbenga_ashiru | Olugbenga Ashiru | = | foreign_minister 2011-07-11 2013-09-11
@BLR
sergei_martynov | Sergueï Martynov; Sergei Martynov | Sergei Martynov | foreign_minister 2003-03-18 2012-08-20
sergei_aleinik | Sergueï Aleinik; Sergei Aleinik | Sergei Aleinik | foreign_minister 2022-12-05 2024-04-11
maxim_ryzhenkov | Maxime Ryjenkov; Maxim Ryzhenkov | Maxim Ryzhenkov | foreign_minister 2024-04-11 -
@SRB
vuk_draskovic | Vuk Draskovic; Vuk Drašković | = | foreign_minister 2004-04-16 2007-05-15
@NOR
thorbjorn_jagland | Thorbjørn Jagland; Thorbjorn Jagland | = | foreign_minister 2000-03-17 2001-10-19; IGO.COUNCIL_OF_EUROPE:secretary_general 2009-10-01 2019-09-18
jan_petersen | Jan Petersen | = | foreign_minister 2001-10-19 2005-10-17
@POL
wladyslaw_bartoszewski | Władysław Bartoszewski; Wladyslaw Bartoszewski | = | foreign_minister 2000-06-30 2001-10-19
wlodzimierz_cimoszewicz | Włodzimierz Cimoszewicz; Wlodzimierz Cimoszewicz | = | foreign_minister 2001-10-19 2005-01-05
adam_daniel_rotfeld | Adam Daniel Rotfeld | = | foreign_minister 2005-01-05 2005-10-31
stefan_meller | Stefan Meller | = | foreign_minister 2005-10-31 2006-05-09
anna_fotyga | Anna Fotyga | = | foreign_minister 2006-05-09 2007-11-16
@NLD
jozias_van_aartsen | Jozias van Aartsen | = | foreign_minister 1998-08-03 2002-07-22
ben_bot | Ben Bot; Bernard Bot | = | foreign_minister 2003-12-03 2007-02-22
halbe_zijlstra | Halbe Zijlstra | = | foreign_minister 2017-10-26 2018-02-13
hanke_bruins_slot | Hanke Bruins Slot | = | foreign_minister 2023-09-05 2024-07-02
@BEL
steven_vanackere | Steven Vanackere | = | foreign_minister 2009-11-25 2011-12-06
philippe_goffin | Philippe Goffin | = | foreign_minister 2019-11-30 2020-10-01
@SWE
laila_freivalds | Laila Freivalds | = | foreign_minister 2003-10-03 2006-03-21
jan_eliasson | Jan Eliasson | = | foreign_minister 2006-04-24 2006-10-06; IGO.UN:deputy_secretary_general 2012-07-01 2016-12-31
@AUT
benita_ferrero_waldner | Benita Ferrero-Waldner; Ferrero-Waldner | = | foreign_minister 2000-02-04 2004-10-20
ursula_plassnik | Ursula Plassnik | = | foreign_minister 2004-10-20 2008-12-02
michael_spindelegger | Michael Spindelegger | = | foreign_minister 2008-12-02 2013-12-16
@GRC
dora_bakoyannis | Dora Bakoyannis; Dora Bakoyanni | = | foreign_minister 2006-02-15 2009-10-07
evangelos_venizelos | Evangelos Venizelos; Evángelos Venizélos | = | foreign_minister 2013-06-25 2015-01-27
dimitris_avramopoulos | Dimitris Avramopoulos | = | foreign_minister 2012-06-21 2013-06-25
georgios_katrougalos | Georgios Katrougalos | = | foreign_minister 2019-02-15 2019-07-09
@PRT
jaime_gama | Jaime Gama | = | foreign_minister 1995-10-28 2002-04-06
diogo_freitas_do_amaral | Diogo Freitas do Amaral | = | foreign_minister 2005-03-12 2006-07-03
luis_amado | Luís Amado; Luis Amado | = | foreign_minister 2006-07-03 2011-06-21
paulo_portas | Paulo Portas | = | foreign_minister 2011-06-21 2013-07-24
rui_machete | Rui Machete | = | foreign_minister 2013-07-24 2015-11-26
""")

DATA.append(r"""
# -------- defence and interior ministers filling gaps
@USA
patrick_shanahan | Patrick Shanahan | = | defence_minister 2019-01-01 2019-06-23
christopher_c_miller | Christopher Miller; Christopher C. Miller | = | defence_minister 2020-11-09 2021-01-20
kevin_mcaleenan | Kevin McAleenan | = | interior_minister 2019-04-10 2019-11-13
chad_wolf | Chad Wolf | = | interior_minister 2019-11-13 2021-01-11
@CHN
jia_chunwang | Jia Chunwang | = | interior_minister 1998-03 2002-12-28
@ITA
enzo_bianco | Enzo Bianco | = | interior_minister 1999-12-22 2001-06-11
@ESP
eduardo_serra | Eduardo Serra | = | defence_minister 1996-05-06 2000-04-28
jaime_mayor_oreja | Jaime Mayor Oreja | = | interior_minister 1996-05-06 2001-02-27
@JPN
fumio_kyuma | Fumio Kyuma | = | defence_minister 2007-01-09 2007-07-03
yuriko_koike | Yuriko Koike | = | defence_minister 2007-07-04 2007-08-27; mayor 2016-08-02 -
toshimi_kitazawa | Toshimi Kitazawa | = | defence_minister 2009-09-16 2011-09-02
yasuo_ichikawa | Yasuo Ichikawa | = | defence_minister 2011-09-02 2012-01-13
naoki_tanaka | Naoki Tanaka | = | defence_minister 2012-01-13 2012-06-04
satoshi_morimoto | Satoshi Morimoto | = | defence_minister 2012-06-04 2012-12-26
@BRA
nelson_jobim | Nelson Jobim | = | defence_minister 2007-07-25 2011-08-04
jaques_wagner | Jaques Wagner | = | defence_minister 2015-01-01 2015-10-02
aldo_rebelo | Aldo Rebelo | = | defence_minister 2015-10-02 2016-05-12
@CAN
art_eggleton | Art Eggleton | = | defence_minister 1997-06-11 2002-05-26
john_mccallum | John McCallum | = | defence_minister 2002-05-26 2003-12-12
david_pratt | David Pratt | = | defence_minister 2003-12-12 2004-07-20
@AUS
john_moore_aus | John Moore | = | defence_minister 1998-10-21 2001-01-30
peter_reith | Peter Reith | = | defence_minister 2001-01-30 2001-11-26
@TUR
sabahattin_cakmakoglu | Sabahattin Çakmakoğlu; Sabahattin Cakmakoglu | = | defence_minister 1999-05-28 2002-11-18
@SAU
ahmed_bin_abdulaziz | Ahmed ben Abdelaziz | Ahmed bin Abdulaziz | interior_minister 2012-06-18 2012-11-05
@GRC
panos_kammenos | Panos Kammenos; Kammenos | = | defence_minister 2015-01-27 2019-01-13
nikos_panagiotopoulos | Nikos Panagiotopoulos | = | defence_minister 2019-07-09 2023-05-26
@EGY
mohamed_ibrahim_egy | Mohamed Ibrahim | = | interior_minister 2013-01-05 2015-03-05
magdy_abdel_ghaffar | Magdy Abdel Ghaffar | = | interior_minister 2015-03-05 2018-06-14
@IRN
mostafa_pourmohammadi | Mostafa Pourmohammadi | = | interior_minister 2005-08-24 2008-05-14
""")

DATA.append(r"""
@USA
jerome_powell | Jerome Powell | = | central_bank_governor 2018-02-05 -
@ITA
francesca_albanese | Francesca Albanese | = | IGO.UN:special_rapporteur 2022-05-01 -
""")

DATA.append(r"""
@TUR
hilmi_ozkok | Hilmi Özkök; Hilmi Ozkok | = | chief_of_staff 2002-08-28 2006-08-28
yasar_buyukanit | Yaşar Büyükanıt; Yasar Buyukanit | = | chief_of_staff 2006-08-28 2008-08-28
ilker_basbug | İlker Başbuğ; Ilker Basbug | = | chief_of_staff 2008-08-28 2010-08-30
isik_kosaner | Işık Koşaner; Isik Kosaner | = | chief_of_staff 2010-08-30 2011-07-29
necdet_ozel | Necdet Özel; Necdet Ozel | = | chief_of_staff 2011-08-04 2015-08-18
metin_gurak | Metin Gürak; Metin Gurak | = | chief_of_staff 2023-06-07 2025-08
@LBN
jean_kahwaji | Jean Kahwaji | = | chief_of_staff 2008-08-29 2017-03-08
rodolphe_haykal | Rodolphe Haykal | = | chief_of_staff 2025-03 -
@GBR
nick_carter | Nick Carter; Nicholas Carter | = | chief_of_staff 2018-06-11 2021-11-30
tony_radakin | Tony Radakin | = | chief_of_staff 2021-11-30 2025-09
richard_knighton | Richard Knighton | = | chief_of_staff 2025-09 -
tom_fletcher | Tom Fletcher | = | IGO.OCHA:under_secretary_general 2024-11-18 -
martin_griffiths | Martin Griffiths | = | IGO.OCHA:under_secretary_general 2021-07-19 2024-06-30
@PAK
rehman_malik | Rehman Malik | = | interior_minister 2008-03-31 2013-03-16
chaudhry_nisar_ali_khan | Chaudhry Nisar Ali Khan; Nisar Ali Khan | = | interior_minister 2013-06-07 2017-07-28
@IRQ
thabet_al_abbasi | Thabet al-Abbassi; Thabet al-Abbasi | Thabet al-Abbasi | defence_minister 2022-10-27 -
abdul_amir_al_shammari | Abdel Amir al-Chammari; Abdul Amir al-Shammari | Abdul Amir al-Shammari | interior_minister 2022-10-27 -
@FRA
bruno_le_maire | Bruno Le Maire | = | finance_minister 2017-05-17 2024-09-21
eric_dupond_moretti | Éric Dupond-Moretti; Eric Dupond-Moretti; Dupond-Moretti | = | justice_minister 2020-07-06 2024-09-21
christiane_taubira | Christiane Taubira; Taubira | = | justice_minister 2012-05-16 2016-01-27
rachida_dati | Rachida Dati | = | justice_minister 2007-05-18 2009-06-23; culture_minister 2024-01-11 -
anne_hidalgo | Anne Hidalgo; Hidalgo | = | mayor 2014-04-05 -
audrey_azoulay | Audrey Azoulay | = | culture_minister 2016-02-11 2017-05-17; IGO.UNESCO:director_general 2017-11-15 2025-11-14
@EGY
khaled_el_enany | Khaled el-Enany; Khaled El-Enany | = | IGO.UNESCO:director_general 2025-11-15 -
@BGR
irina_bokova | Irina Bokova | = | IGO.UNESCO:director_general 2009-11-15 2017-11-15
@CAN
michaelle_jean | Michaëlle Jean; Michaelle Jean | = | IGO.OIF:secretary_general 2015-01-05 2018-12-31
@RWA
louise_mushikiwabo | Louise Mushikiwabo; Mushikiwabo | = | foreign_minister 2009-12-08 2018-10-18; IGO.OIF:secretary_general 2019-01-01 -
@HRV
marija_pejcinovic_buric | Marija Pejčinović Burić; Marija Pejcinovic Buric | = | IGO.COUNCIL_OF_EUROPE:secretary_general 2019-09-18 2024-09-17
@USA
david_beasley | David Beasley | = | IGO.WFP:executive_director 2017-04-04 2023-04-05
cindy_mccain | Cindy McCain | = | IGO.WFP:executive_director 2023-04-05 -
catherine_russell | Catherine Russell | = | IGO.UNICEF:executive_director 2022-02-01 -
joan_donoghue | Joan Donoghue | = | JUD:icj_president 2021-02-08 2024-02-06
@JPN
yuji_iwasawa | Yuji Iwasawa | = | JUD:icj_president 2025-03-03 -
""")

DATA.append(r"""
@GBR
michael_martin_speaker | Michael Martin | = | speaker 2000-10-23 2009-06-21
john_bercow | John Bercow; Bercow | = | speaker 2009-06-22 2019-11-04
lindsay_hoyle | Lindsay Hoyle | = | speaker 2019-11-04 -
@TUR
numan_kurtulmus | Numan Kurtulmuş; Numan Kurtulmus; Kurtulmuş | = | speaker 2023-06-07 -
@DEU
alice_weidel | Alice Weidel; Weidel | = | OPP:party_leader 2022-06-18 -
@ESP
alberto_nunez_feijoo | Alberto Núñez Feijóo; Alberto Nunez Feijoo; Feijóo | = | OPP:opposition_leader 2022-04-02 -
santiago_abascal | Santiago Abascal; Abascal | = | OPP:party_leader 2014-09-20 -
@CMR
maurice_kamto | Maurice Kamto; Kamto | = | OPP:opposition_leader 2018-10 -
@GIN
cellou_dalein_diallo | Cellou Dalein Diallo | = | prime_minister 2004-12-09 2006-04-05; OPP:opposition_leader 2007-11 -
@MLI
soumaila_cisse | Soumaïla Cissé; Soumaila Cisse | = | OPP:opposition_leader 2013-09 2020-12-25
@KHM
hun_sen | Hun Sen | = | prime_minister 1985-01-14 2023-08-22; speaker 2024-04-03 -
hun_manet | Hun Manet | = | prime_minister 2023-08-22 -
@PSE
khalil_al_hayya | Khalil al-Hayya; Khalil al-Hayyah | = | REB.HAMAS:gaza_leader 2024-10-16 -
@RUS
patriarch_kirill | le patriarche Kirill; patriarche Kirill | Patriarch Kirill | REL:patriarch 2009-02-01 -
sergei_sobyanin | Sergueï Sobianine; Sobianine | Sergei Sobyanin; Sobyanin | mayor 2010-10-21 -
vassily_nebenzia | Vassili Nebenzia; Vassily Nebenzia; Nebenzia | Vassily Nebenzia; Nebenzia | un_ambassador 2017-07-27 -
@USA
susan_rice | Susan Rice | = | un_ambassador 2009-01-22 2013-06-30; national_security_advisor 2013-07-01 2017-01-20
samantha_power | Samantha Power | = | un_ambassador 2013-08-05 2017-01-20
nikki_haley | Nikki Haley; Haley | = | un_ambassador 2017-01-27 2018-12-31
linda_thomas_greenfield | Linda Thomas-Greenfield | = | un_ambassador 2021-02-25 2025-01-20
michael_flynn | Michael Flynn | = | national_security_advisor 2017-01-20 2017-02-13
hr_mcmaster | H. R. McMaster; Herbert Raymond McMaster | = | national_security_advisor 2017-02-20 2018-04-09
john_bolton | John Bolton; Bolton | = | national_security_advisor 2018-04-09 2019-09-10; un_ambassador 2005-08-02 2006-12-09
robert_c_obrien | Robert O'Brien | = | national_security_advisor 2019-09-18 2021-01-20
jake_sullivan | Jake Sullivan | = | national_security_advisor 2021-01-20 2025-01-20
mike_waltz | Mike Waltz; Waltz | = | national_security_advisor 2025-01-20 2025-05-01; un_ambassador 2025-09-19 -
stephen_hadley | Stephen Hadley | = | national_security_advisor 2005-01-26 2009-01-20
tom_donilon | Tom Donilon | = | national_security_advisor 2010-10-08 2013-07-01
james_l_jones | James Jones | = | national_security_advisor 2009-01-20 2010-10-08
""")

DATA.append(r"""
@POL
bogdan_klich | Bogdan Klich | = | defence_minister 2007-11-16 2011-08-02
tomasz_siemoniak | Tomasz Siemoniak | = | defence_minister 2011-08-02 2015-11-16
@NLD
jeanine_hennis_plasschaert | Jeanine Hennis-Plasschaert | = | defence_minister 2012-11-05 2017-10-04
ank_bijleveld | Ank Bijleveld | = | defence_minister 2017-10-26 2021-09-17
kajsa_ollongren | Kajsa Ollongren | = | defence_minister 2022-01-10 2024-07-02
ruben_brekelmans | Ruben Brekelmans | = | defence_minister 2024-07-02 -
@BEL
ludivine_dedonder | Ludivine Dedonder | = | defence_minister 2020-10-01 2025-02-03
theo_francken | Theo Francken; Francken | = | defence_minister 2025-02-03 -
jan_jambon | Jan Jambon | = | interior_minister 2014-10-11 2018-12-09
annelies_verlinden | Annelies Verlinden | = | interior_minister 2020-10-01 2025-02-03
bernard_quintin | Bernard Quintin | = | interior_minister 2025-02-03 -
@SWE
peter_hultqvist | Peter Hultqvist | = | defence_minister 2014-10-03 2022-10-18
pal_jonson | Pål Jonson; Pal Jonson | = | defence_minister 2022-10-18 -
@AUT
gerhard_karner | Gerhard Karner | = | interior_minister 2021-12-06 -
klaudia_tanner | Klaudia Tanner | = | defence_minister 2020-01-07 -
@AUS
karen_andrews | Karen Andrews | = | interior_minister 2021-03-30 2022-05-23
clare_oneil | Clare O'Neil | = | interior_minister 2022-06-01 2024-07-29
tony_burke | Tony Burke | = | interior_minister 2024-07-29 -
@MEX
olga_sanchez_cordero | Olga Sánchez Cordero | Olga Sanchez Cordero | interior_minister 2018-12-01 2021-08-26
adan_augusto_lopez | Adán Augusto López | Adan Augusto Lopez | interior_minister 2021-08-26 2023-06-16
luisa_maria_alcalde | Luisa María Alcalde | Luisa Maria Alcalde | interior_minister 2023-06-19 2024-09-30
rosa_icela_rodriguez | Rosa Icela Rodríguez | Rosa Icela Rodriguez | interior_minister 2024-10-01 -
""")

DATA.append(r"""
@DJI
ismail_omar_guelleh | Ismaïl Omar Guelleh; Ismail Omar Guelleh; Guelleh | = | president 1999-05-08 -
@TZA
jakaya_kikwete | Jakaya Kikwete; Kikwete | = | president 2005-12-21 2015-11-05
john_magufuli | John Magufuli; Magufuli | = | president 2015-11-05 2021-03-17
samia_suluhu_hassan | Samia Suluhu Hassan; Samia Suluhu | = | president 2021-03-19 -
@MOZ
armando_guebuza | Armando Guebuza; Guebuza | = | president 2005-02-02 2015-01-15
filipe_nyusi | Filipe Nyusi; Nyusi | = | president 2015-01-15 2025-01-15
daniel_chapo | Daniel Chapo; Chapo | = | president 2025-01-15 -
@ZMB
hakainde_hichilema | Hakainde Hichilema; Hichilema | = | president 2021-08-24 -
@GHA
john_kufuor | John Kufuor; John Agyekum Kufuor; Kufuor | = | president 2001-01-07 2009-01-07
john_atta_mills | John Atta Mills | = | president 2009-01-07 2012-07-24
john_mahama | John Dramani Mahama; John Mahama; Mahama | = | president 2012-07-24 2017-01-07; president 2025-01-07 -
nana_akufo_addo | Nana Akufo-Addo; Akufo-Addo | = | president 2017-01-07 2025-01-07
@LBR
charles_taylor | Charles Taylor | = | president 1997-08-02 2003-08-11
ellen_johnson_sirleaf | Ellen Johnson Sirleaf; Johnson Sirleaf | = | president 2006-01-16 2018-01-22
george_weah | George Weah; Weah | = | president 2018-01-22 2024-01-22
joseph_boakai | Joseph Boakai; Boakai | = | vice_president 2006-01-16 2018-01-22; president 2024-01-22 -
@SLE
ernest_bai_koroma | Ernest Bai Koroma | = | president 2007-09-17 2018-04-04
julius_maada_bio | Julius Maada Bio | = | president 2018-04-04 -
@GMB
yahya_jammeh | Yahya Jammeh; Jammeh | = | president 1994-07-22 2017-01-19
adama_barrow | Adama Barrow; Barrow | = | president 2017-01-19 -
@GNQ
teodoro_obiang_nguema_mbasogo | Teodoro Obiang Nguema; Teodoro Obiang; Obiang | = | president 1979-08-03 -
@BHR
khalifa_bin_salman_al_khalifa | Khalifa ben Salmane Al Khalifa | Khalifa bin Salman Al Khalifa | prime_minister 1971-01-10 2020-11-11
salman_bin_hamad_al_khalifa | Salmane ben Hamad Al Khalifa | Salman bin Hamad Al Khalifa | prime_minister 2020-11-11 -
@URY
tabare_vazquez | Tabaré Vázquez; Tabare Vazquez | = | president 2005-03-01 2010-03-01; president 2015-03-01 2020-03-01
jose_mujica | José Mujica; Jose Mujica; Pepe Mujica; Mujica | = | president 2010-03-01 2015-03-01
luis_lacalle_pou | Luis Lacalle Pou | = | president 2020-03-01 2025-03-01
yamandu_orsi | Yamandú Orsi; Yamandu Orsi | = | president 2025-03-01 -
""")

DATA.append(r"""
@SYR
mohammad_khaled_al_rahmoun | Mohammed Khaled al-Rahmoun | Mohammad Khaled al-Rahmoun | interior_minister 2018-11-26 2024-12-08
@IRQ
khalid_al_obaidi | Khaled al-Obeidi; Khalid al-Obaidi | Khalid al-Obaidi | defence_minister 2014-10-18 2016-08-25
najah_al_shammari | Najah al-Chammari; Najah al-Shammari | Najah al-Shammari | defence_minister 2019-06-24 2020-05-07
juma_inad | Jumaa Inad; Juma Inad | Juma Inad | defence_minister 2020-05-07 2022-10-27
qasim_al_araji | Qassem al-Araji; Qasim al-Araji | Qasim al-Araji | interior_minister 2017-01-30 2018-10-25; national_security_advisor 2020-07-04 -
othman_al_ghanimi | Othman al-Ghanimi | = | chief_of_staff 2015-07 2020-05-07; interior_minister 2020-05-07 2022-10-27
@AFG
abdul_rahim_wardak | Abdul Rahim Wardak | = | defence_minister 2004-12-23 2012-08-07
@VEN
nestor_reverol | Néstor Reverol; Nestor Reverol | = | interior_minister 2016-08-02 2020-10-27
remigio_ceballos | Remigio Ceballos | = | interior_minister 2020-10-27 2024-08-27
@CUB
leopoldo_cintra_frias | Leopoldo Cintra Frías; Leopoldo Cintra Frias | = | defence_minister 2011-11-03 2021-04-16
alvaro_lopez_miera | Álvaro López Miera; Alvaro Lopez Miera | = | defence_minister 2021-04-16 -
@BLR
viktor_khrenin | Viktor Khrenine; Viktor Khrenin | Viktor Khrenin | defence_minister 2020-01-20 -
@SRB
nebojsa_stefanovic | Nebojša Stefanović; Nebojsa Stefanovic | = | interior_minister 2014-04-27 2020-10-28; defence_minister 2020-10-28 2022-10-26
aleksandar_vulin | Aleksandar Vulin | = | defence_minister 2016-05-11 2020-10-28; interior_minister 2020-10-28 2022-10-26
@KOR
song_young_moo | Song Young-moo | = | defence_minister 2017-07-14 2018-09-21
jeong_kyeong_doo | Jeong Kyeong-doo | = | defence_minister 2018-09-21 2021-04-16
suh_wook | Suh Wook | = | defence_minister 2021-04-16 2022-05-10
lee_jong_sup | Lee Jong-sup | = | defence_minister 2022-05-10 2023-10-07
shin_won_sik | Shin Won-sik | = | defence_minister 2023-10-07 2024-09-06
kim_yong_hyun | Kim Yong-hyun | = | defence_minister 2024-09-06 2024-12-08
""")

DATA.append(r"""
@FRA
nicole_fontaine | Nicole Fontaine | = | IGO.EU:parliament_president 1999-07-20 2002-01-15
@IRL
pat_cox | Pat Cox | = | IGO.EU:parliament_president 2002-01-15 2004-07-20
@DEU
hans_gert_pottering | Hans-Gert Pöttering; Hans-Gert Pottering | = | IGO.EU:parliament_president 2007-01-16 2009-07-14
@NGA
amina_j_mohammed | Amina J. Mohammed; Amina Mohammed | = | IGO.UN:deputy_secretary_general 2017-01-01 -
@PAK
baitullah_mehsud | Baitullah Mehsud | = | REB.TTP:leader 2007-12-14 2009-08-05
hakimullah_mehsud | Hakimullah Mehsud | = | REB.TTP:leader 2009-08-22 2013-11-01
mullah_fazlullah | Mollah Fazlullah; Maulana Fazlullah | Mullah Fazlullah | REB.TTP:leader 2013-11-07 2018-06-13
noor_wali_mehsud | Noor Wali Mehsud | = | REB.TTP:leader 2018-06-23 -
hafiz_saeed | Hafiz Saeed; Hafiz Muhammad Saeed | = | REB.LASHKAR_E_TAIBA:leader 1990-01 -
@TUR
cemil_bayik | Cemil Bayık; Cemil Bayik | = | REB.PKK:commander 2013-07 -
@UGA
musa_baluku | Musa Baluku | = | REB.ADF:leader 2014-04 -
""")

DATA.append(r"""
@USA
tulsi_gabbard | Tulsi Gabbard; Gabbard | = | SPY:intelligence_director 2025-02-12 -
kash_patel | Kash Patel | = | COP:fbi_director 2025-02-21 -
pam_bondi | Pam Bondi; Bondi | = | justice_minister 2025-02-05 -
merrick_garland | Merrick Garland; Garland | = | justice_minister 2021-03-11 2025-01-20
scott_bessent | Scott Bessent; Bessent | = | finance_minister 2025-01-28 -
howard_lutnick | Howard Lutnick; Lutnick | = | commerce_minister 2025-02-21 -
karoline_leavitt | Karoline Leavitt; Leavitt | = | spokesperson 2025-01-20 -
john_ratcliffe | John Ratcliffe; Ratcliffe | = | SPY:intelligence_director 2020-05-26 2021-01-20; SPY:cia_director 2025-01-23 -
william_j_burns | William Burns; Bill Burns | = | SPY:cia_director 2021-03-19 2025-01-20
janet_yellen | Janet Yellen; Yellen | = | central_bank_governor 2014-02-03 2018-02-03; finance_minister 2021-01-26 2025-01-20
ben_bernanke | Ben Bernanke; Bernanke | = | central_bank_governor 2006-02-01 2014-01-31
alan_greenspan | Alan Greenspan; Greenspan | = | central_bank_governor 1987-08-11 2006-01-31
@RUS
yuri_ushakov | Iouri Ouchakov; Youri Ouchakov; Ouchakov | Yuri Ushakov; Ushakov | foreign_policy_adviser 2012-05-21 -
kirill_dmitriev | Kirill Dmitriev | = | special_envoy 2025-02 -
@CHN
han_zheng | Han Zheng | = | vice_president 2023-03-10 -
@GBR
rachel_reeves | Rachel Reeves; Reeves | = | finance_minister 2024-07-05 -
@DEU
christian_lindner | Christian Lindner; Lindner | = | finance_minister 2021-12-08 2024-11-07
lars_klingbeil | Lars Klingbeil; Klingbeil | = | finance_minister 2025-05-06 -
""")

DATA.append(r"""
@FRA
eric_zemmour | Éric Zemmour; Eric Zemmour; Zemmour | = | OPP:party_leader 2021-12-05 -
olivier_faure | Olivier Faure | = | OPP:party_leader 2018-04-07 -
eric_ciotti | Éric Ciotti; Eric Ciotti; Ciotti | = | OPP:party_leader 2022-12-11 -
laurent_wauquiez | Laurent Wauquiez; Wauquiez | = | OPP:party_leader 2017-12-10 2019-06-02
fabien_roussel | Fabien Roussel | = | OPP:party_leader 2018-11-25 -
marine_tondelier | Marine Tondelier; Tondelier | = | OPP:party_leader 2022-12-10 -
raphael_glucksmann | Raphaël Glucksmann; Raphael Glucksmann; Glucksmann | = | OPP:party_leader 2019-03 -
@DZA
mohamed_mediene | Mohamed Mediène; Mohamed Mediene; général Toufik | Mohamed Mediene; General Toufik | SPY:intelligence_director 1990-09 2015-09-13
""")

# END DATA
# ----------------------------------------------------------------------------------------------- CODE


class TableError(ValueError):
    """A line of the tables above is malformed."""


def fold(text: str) -> str:
    """Lowercase, accent-free form used to compare names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("-", " ")


def plain(text: str) -> str:
    """Lowercase, accent-free form, hyphens kept (for word-level comparisons)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def parse_date(text: str, line: str) -> str | None:
    if text == "-":
        return None
    if not DATE_RE.match(text):
        raise TableError(f"bad date {text!r} in: {line}")
    return text if len(text) == 10 else text + "-01"


def parse_role(text: str, line: str) -> dict:
    parts = text.split()
    if len(parts) != 3:
        raise TableError(f"bad role {text!r} in: {line}")
    head, start, end = parts
    sector, key = None, None
    if ":" in head:
        prefix, title = head.split(":", 1)
        sector, _, key = prefix.partition(".")
    else:
        title = head
    sector = sector or DEFAULT_SECTOR.get(title, "GOV")
    if sector not in SECTORS:
        raise TableError(f"unknown sector {sector!r} in: {line}")
    role = {"sector": sector, "title": title, "start": parse_date(start, line), "end": parse_date(end, line)}
    if key:
        role["group" if sector == "REB" else "org"] = key
    return role


def parse_names(text: str) -> list[str]:
    names = [n.strip() for n in text.split(";") if n.strip()]
    return list(dict.fromkeys(names))


def parse_tables(blocks: list[str]) -> list[dict]:
    people: list[dict] = []
    country = None
    for block in blocks:
        for raw in block.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                country = line[1:].strip()
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) not in (4, 5):
                raise TableError(f"expected 4 or 5 fields: {line}")
            pid, fr, en, roles = fields[:4]
            fr_names = parse_names(fr)
            en_names = fr_names if en == "=" else parse_names(en)
            role_list = [parse_role(r.strip(), line) for r in roles.split(";") if r.strip()]
            role_list.sort(key=lambda r: r["start"] or "")
            keyed = [r for r in role_list if "org" in r]
            grouped = [r for r in role_list if "group" in r]
            people.append({
                "id": pid,
                "wikidata": fields[4] if len(fields) == 5 and fields[4] else None,
                "names": {"fr": fr_names, "en": en_names},
                "country": country,
                "roles": role_list,
                "org": keyed[-1]["org"] if keyed else None,
                "group": grouped[-1]["group"] if grouped else None,
            })
    return people


def validate(people: list[dict]) -> None:
    seen: dict[str, str] = {}
    owners: dict[str, str] = {}
    for person in people:
        pid = person["id"]
        if not ID_RE.match(pid) or pid in seen:
            raise TableError(f"bad or duplicate id {pid!r}")
        seen[pid] = pid
        for name in person["names"]["fr"]:
            key = fold(name)
            if key in owners and owners[key] != pid:
                raise TableError(f"name {name!r} given to {owners[key]} and {pid}")
            owners[key] = pid
        for role in person["roles"]:
            if role["end"] is not None and role["start"] > role["end"]:
                raise TableError(f"{pid}: role ends before it starts: {role}")
        by_title: dict[str, list[dict]] = {}
        for role in person["roles"]:
            by_title.setdefault(role["title"], []).append(role)
        for roles in by_title.values():
            for a, b in zip(roles, roles[1:]):
                if a["end"] is None or a["end"] > b["start"]:
                    raise TableError(f"{pid}: overlapping roles {a} / {b}")


def check_bare_surnames(people: list[dict]) -> None:
    """A one-word French name must not be the last word of another person's full name."""
    last: dict[str, set[str]] = {}
    for person in people:
        for name in person["names"]["fr"]:
            words = plain(name).split()
            if len(words) > 1:
                last.setdefault(words[-1], set()).add(person["id"])
    clashes = []
    for person in people:
        for name in person["names"]["fr"]:
            words = plain(name).split()
            others = last.get(words[0], set()) - {person["id"]} if len(words) == 1 else set()
            if others:
                clashes.append(f"bare name {name!r} of {person['id']} is also the surname of {sorted(others)}")
    if clashes:
        raise TableError("\n".join(clashes))


def build() -> list[dict]:
    people = parse_tables(DATA)
    validate(people)
    check_bare_surnames(people)
    return sorted(people, key=lambda p: p["id"])


def write(people: list[dict], out: Path) -> None:
    header = {"_format": FORMAT, "version": VERSION, "sources": SOURCES}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(p, ensure_ascii=False) for p in people]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "newsgraph" / "kb" / "people.jsonl"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    people = build()
    write(people, args.out)
    roles = sum(len(p["roles"]) for p in people)
    countries = len({p["country"] for p in people})
    print(f"{len(people)} people, {roles} roles, {countries} countries -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
