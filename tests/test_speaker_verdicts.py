"""Each verdict rule of the speaker check, on real article wording: the article's words confirm a
quote's speaker, contradict it (an error under --strict) or leave it unconfirmed."""

from __future__ import annotations

import pytest

from generator.content.model import Actor, Briefing, DescribedSource, Quote
from generator.verify import attribution, matching

from .test_draft_speakers_outlets import BIS  # U.S. Commerce Department (BIS), 2023

C, X, U = attribution.CONFIRMED, attribution.CONTRADICTED, attribution.UNCONFIRMED


def _verdict(article: str, actors: str, words: str, speaker: str, unmarked: bool = False
             ) -> attribution.Verdict:
    """The verdict on `words` given to `speaker`, with a registry of `actors` ('id kind Name; …',
    a name ending '@state' for an actor of that state, 'Name|alias|…' for its aliases)."""
    registry = {}
    for entry in actors.split("; "):
        actor_id, kind, name = entry.split(" ", 2)
        name, _, country = name.partition("@")
        name, *aliases = name.split("|")
        registry[actor_id] = Actor(id=actor_id, name=name, kind=kind, country=country or None,
                                   aliases=aliases)
    quote = Quote(id="q", speaker=speaker, text=words, unmarked=unmarked)
    found = matching.find(matching.normalize(article), words)
    # words without quotation marks miss as unmarked, which `unmarked: true` accepts
    assert isinstance(found, matching.Match) or (
        unmarked and isinstance(found, matching.Miss) and found.reason == "unmarked"), words
    b = Briefing.model_construct(quotes=[quote])
    return attribution.verdicts(article, {"q": found.spans}, b, registry)["q"]


QUESTIONNAIRE = (  # Wikinews, 23 February 2023
    "It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of "
    "Immigrants campaigner Caitlin Boswell, with Boswell stating: \"People fleeing desperate "
    "circumstances clearly need this government to make quicker and fairer asylum decisions.\"\n")
QUESTIONNAIRE_ACTORS = "colin-yeo person Colin Yeo; caitlin-boswell person Caitlin Boswell"


@pytest.mark.parametrize(("speaker", "verdict"), [("caitlin-boswell", C), ("colin-yeo", X)])
def test_a_colon_after_several_people_is_the_one_its_participle_speaks_for(speaker, verdict):
    """The colon's words were read as the first person's of their sentence, so a registry that
    also held the barrister named first contradicted the campaigner who said them."""
    assert _verdict(QUESTIONNAIRE, QUESTIONNAIRE_ACTORS, "People fleeing desperate circumstances",
                    speaker).verdict == verdict


# --- a guess from the sentence's subject -----------------------------------------------------------

AMNESTY = (  # Wikinews, 28 June 2009
    "The human rights organization Amnesty International has requested that Iran free "
    "journalists imprisoned in the wake of violence which occurred after recent presidential "
    "elections in the country.\n"
    "News media have reported that dozens of journalists have been arrested in Iran, according "
    "to Amnesty International there may be up to 30 journalists imprisoned in the country. "
    "Amnesty International refers to the imprisoned journalists as \"prisoners of conscience.\"\n"
    "Jenny Leong, co-ordinator of Amnesty International in Australia, expressed concern to ABC "
    "Online about the well-being of the imprisoned journalists.\n")
AMNESTY_ACTORS = ("amnesty-international organization Amnesty International; "
                  "jenny-leong person Jenny Leong; iran state Iran")
LOCKERBIE = (  # Wikinews, 23 May 2012
    "Al-Megrahi died on Sunday at his home in Tripoli.\n"
    "US citizen Susan Cohen, the mother of one of those killed in the Lockerbie bombing, thought "
    "of al-Megrahi as \"a mass murderer\" who \"deserved to die\". However, UK citizen Jim Swire, "
    "father of another victim of the bombing, believes al-Megrahi was not guilty.\n")
KHOWST = (  # Wikinews, 5 January 2010
    "The bombing last Wednesday at the CIA base in Afghanistan's Khowst province killed seven CIA "
    "employees.\n"
    "The U.S. military's intelligence chief in Afghanistan has criticized the work of U.S. "
    "intelligence agencies operating there, saying they are \"ignorant\" and out of touch with "
    "the Afghan people. General Michael Flynn says U.S. intelligence efforts have focused too "
    "much on gathering information about insurgent groups in Afghanistan.\n")
KHOWST_ACTORS = "michael-flynn person Michael Flynn; united-states state United States"
LOCKERBIE_ACTORS = ("susan-cohen person Susan Cohen; jim-swire person Jim Swire; "
                    "united-states state United States")

ASYLUM = (  # Wikinews, 23 February 2023
    "After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process \"must be "
    "well thought out\": \"Moves to reduce the backlog are welcome but the answer is not yet more "
    "bureaucratic hurdles and threats of applications being withdrawn.\n"
    "\"After living in worry and uncertainty for months and even years without hearing anything "
    "about their claims, it cannot then be fair or reasonable to expect people to complete a "
    "lengthy form only in English in a matter of weeks.\"\n")
ASYLUM_ACTORS = ("enver-solomon person Enver Solomon; sky-news organization Sky News; "
                 "refugee-council organization Refugee Council")
ASYLUM_WORDS = "After living in worry and uncertainty for months"

FRATRICIDE = (  # DoD News, 10 June 2014
    "WASHINGTON, June 10, 2014 – Five American troops were killed yesterday during a security "
    "operation in southern Afghanistan, Pentagon Press Secretary Navy Rear Adm. John Kirby said "
    "today.\n"
    "The incident occurred during a security operation when the U.S. service members’ unit came "
    "into contact with enemy forces, International Security Assistance Force officials said in a "
    "statement issued from the command’s headquarters in Kabul, Afghanistan.\n"
    "“Tragically, there is the possibility that fratricide may have been involved,” the statement "
    "said.\n")
FRATRICIDE_ACTORS = ("isaf organization International Security Assistance Force; "
                     "john-kirby person John Kirby")
FRATRICIDE_WORDS = "Tragically, there is the possibility that fratricide may have been involved"

FAMINE_AID = (  # Wikinews, 5 March 2010
    "One such aid worker that brought the grain was Max Peberdy, who worked for the charity "
    "Christian Aid. Peberdy is seen in a photo with Araya buying grain.\n"
    "In response to the allegations, the charity Christian Aid issued a statement saying, "
    "\"There are allegations in the story which are against all of Christian Aid's principles and "
    "our initial investigations do not correspond to the BBC's version of events.\"\n")
FAMINE_AID_ACTORS = ("christian-aid organization Christian Aid; max-peberdy person Max Peberdy; "
                     "bbc organization BBC")
FAMINE_AID_WORDS = "There are allegations in the story which are against all of Christian Aid's"

SHAFIK = (  # Wikinews, 4 March 2011
    "Ahmed Shafik, Egypt's acting prime minister, has resigned, the Supreme Council of the "
    "Armed Forces, now in control of the country, announced yesterday.\n"
    "Shafik was appointed to his position by then Egyptian president Hosni Mubarak during the"
    " 2011 Egypt anti-government protests, not long before Mubarak decided to resign as "
    "president on February 11, 2011. Meanwhile, a number of his cabinet ministers have "
    "retained their positions. Shafik had received criticism for his negative attitude "
    "towards young protesters and his \"inadequate vision\", according to the Los Angeles "
    "Times.\n"
    "In response to the announcement of Shafik's resignation, Wael Ghonim, a Google "
    "executive, credited with organizing the first demonstration and a former political "
    "prisoner, wrote on Twitter, a micro-blogging website, \"Power to the people!\" During "
    "the Egyptian protests, one of the key demands of the protesters was that Shafik step "
    "down from his acting minister status. Mohamed ElBaradei, another pro-democracy activist "
    "and co-recipient of the Nobel Peace Prize, tweeted on Twitter that Egypt is \"on the "
    "right track.\"\n"
    "The statement released by the Council also announced Essam Sharaf as the new prime "
    "minister. \"The Supreme Council of the Armed Forces decided to accept the resignation of"
    " Prime Minister Ahmed Shafiq and appointed Essam Sharaf to form the new government,\" "
    "the armed forces said on social networking website Facebook.\n")
SHAFIK_ACTORS = ("scaf organization Supreme Council of the Armed Forces; "
                 "los-angeles-times organization Los Angeles Times")
SHAFIK_WORDS = "The Supreme Council of the Armed Forces decided to accept the resignation"


# --- a pronoun, and whom it could stand for ---------------------------------------------------------

BETANCOURT = (  # Wikinews, 4 July 2008
    "She called on Sarkozy to continue working toward freeing the hostages who were left behind. "
    "\"We cannot leave them there where they are suffering, where they are alone,\" she stated, "
    "saying that some of them are contemplating suicide. In response, Sarkozy said, \"We will "
    "carry on working to free them.\"\n"
    "Betancourt was one of the 15 hostages rescued on July 2 by the Colombian army, who tricked "
    "FARC into handing over the hostages by pretending to be part of a non-governmental "
    "organization.\n"
    "At a press conference, her third public event in the hours since returning to France, "
    "Betancourt condemned the actions of FARC.\n"
    "Betancourt also rejected the idea that the rescue operation was staged to cover up ransom "
    "payments to FARC. \"I think what I saw was certainly not a staged event,\" she said.\n")
BETANCOURT_ACTORS = ("ingrid-betancourt person Ingrid Betancourt; "
                     "nicolas-sarkozy person Nicolas Sarkozy; farc organization FARC")
GATES = (  # U.S. Department of Defense, 10 November 2010
    "WASHINGTON, Nov. 10, 2010 — Defense Secretary Robert M. Gates yesterday gave an optimistic "
    "view of the war in Afghanistan and of U.S. leadership overall during a television interview "
    "in which he reflected on his four decades of public service.\n"
    "The secretary reaffirmed to Cynthia McFadden on ABC’s “Nightline” that he plans to leave "
    "office next year -– he won’t say when — and that he is optimistic about what he hopes to "
    "accomplish in the meantime.\n"
    "“I would hope that it would be that people would recognize that we’re making progress in "
    "Afghanistan,” he said.\n")
GATES_ACTORS = "robert-gates person Robert M. Gates; cynthia-mcfadden person Cynthia McFadden"


# --- a name after its verb ---------------------------------------------------------------------------

ANNAPOLIS = (  # Wikinews, 28 November 2007
    "The leaders agreed to begin negotiations on a peace treaty.\n"
    "\"I am not persuaded yet that they have grasped the seriousness and the amount of work that "
    "is required to do what they say they want to do — to reach an agreement on the core issues "
    "by the end of the Bush administration,\" said Aaron David Miller of the Woodrow Wilson "
    "Center.\n")
ANNAPOLIS_ACTORS = ("aaron-david-miller person Aaron David Miller; "
                    "george-w-bush person George W. Bush")


@pytest.mark.parametrize(("speaker", "verdict"), [("aaron-david-miller", C), ("george-w-bush", X)])
def test_a_name_after_its_verb_and_after_the_words_is_their_speaker(speaker: str, verdict: str):
    """`“…” said Aaron David Miller of the Woodrow Wilson Center`: whatever follows the name, it
    cannot begin the words said, which stand before it (`said Roe would…` still proves
    nothing)."""
    found = _verdict(ANNAPOLIS, ANNAPOLIS_ACTORS, "I am not persuaded yet that they have grasped "
                     "the seriousness", speaker)
    assert found.verdict == verdict
    assert found.words == "\"I am not persuaded yet that …\" said Aaron David Miller of the Woodrow"


WARHOL = (  # Wikinews, 28 January 2014
    "Elaine Gustafon, the curator, and Kristen Wilkins, an assistant professor of photography, "
    "spoke at the opening.\n"
    "\"I think America's obsession with celebrity culture is as strong today as it was when "
    "Warhol was living\", said Gustafon. \"People are still intrigued by how stars live, dress "
    "and socialize, since it is so different from most people's every day lives.\"\n"
    "Wilkins explained Warhol's obsession with celebrities began when he first collected head "
    "shots as a kid and continued as a passion throughout his life.\n")
WARHOL_ACTORS = ("elaine-gustafon person Elaine Gustafon; "
                 "kristen-wilkins person Kristen Wilkins")
BAILOUT = (  # Wikinews, 4 October 2008
    "The House of Representatives passed the revised bill on Friday.\n"
    "\"The inclusion of parity, tax extenders and the FDIC increases has caused me to reconsider "
    "my position,\" said Representative Jim Ramstad (R Minnesota), who voted against the "
    "previous bill on Monday. \"All three additions have greatly improved the bill.\"\n"
    "But Representative Marcy Kaptur (D Ohio) was not changing her no vote.\n")
BAILOUT_ACTORS = ("jim-ramstad person Jim Ramstad; marcy-kaptur person Marcy Kaptur")
WARHOL_WORDS = "People are still intrigued by how stars live,"
BAILOUT_WORDS = "All three additions have greatly improved the bill."


@pytest.mark.parametrize(("speaker", "verdict"), [
    ("fawad-razaqzada", C), ("city-index", X), ("oil-traders-union", X)])
def test_a_body_that_opens_the_office_of_the_one_named_after_the_words(speaker: str,
                                                                      verdict: str):
    """`“…” said City Index analyst Fawad Razaqzada`: the firm opens the office, the analyst
    said the words, as in 'City Index analyst Fawad Razaqzada said “…”'."""
    article = ("Oil prices fell on Monday.\n\"Traders are nervous about demand,\" said City Index "
               "analyst Fawad Razaqzada.\n")
    actors = ("city-index organization City Index; fawad-razaqzada person Fawad Razaqzada; "
              "oil-traders-union organization Oil Traders Union")
    assert _verdict(article, actors, "Traders are nervous about demand,", speaker
                    ).verdict == verdict


# --- someone's words between the name and the quotation ---------------------------------------------

DARFUR = (  # Voice of America, 1 July 2008
    "The Justice and Equality Movement threatened on Monday to attack Khartoum again.\n"
    "Sudan’s Minister for International Cooperation, Dr. Eltigani Salih Fidail, described Jem’s "
    "“moves toward war” as “very irresponsible” and pointed to El-Faki’s statements as “more "
    "evidence that the rebels are dedicated to violence, and not peace.”\n")
DARFUR_ACTORS = ("eltigani-salih-fidail person Eltigani Salih Fidail; jem organization Jem; "
                 "el-tahir-el-faki person El-Tahir El-Faki")
CASTRO = (  # Wikinews, 6 August 2006
    "On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN's Spanish service that "
    "Castro \"remains in stable condition\" and is \"resting in order to recover as quickly as "
    "possible\".\n")
CASTRO_ACTORS = ("ricardo-alcaron person Ricardo Alcaron; fidel-castro person Fidel Castro; "
                 "cnn organization CNN")


def test_someones_claim_between_the_name_and_the_quotation_is_still_no_proof():
    """`Doe dismissed Roe’s claim that “…”` (the project's own example): the words may be Roe's."""
    article = "Jane Doe dismissed Richard Roe’s claim that “the convoy carried grain.”\n"
    actors = "jane-doe person Jane Doe; richard-roe person Richard Roe"
    for speaker in ("jane-doe", "richard-roe"):
        assert _verdict(article, actors, "the convoy carried grain.", speaker).verdict == U


# --- a name in the next sentence --------------------------------------------------------------------

CHEMICAL_ALI = (  # Wikinews, 24 June 2007
    "A cousin of Saddam Hussein, Ali Hassan al-Majid, also known as \"Chemical Ali\", was "
    "sentenced to death by hanging yesterday in Iraq by the Supreme Iraqi Criminal Tribunal.\n"
    "Al-Majid is reported to have said \"Thanks be to God\" as he left the court building, "
    "although he was trembling and silent when the verdict was read out. Reuters described him "
    "as \"old-looking\" during the sentencing.\n")
CHEMICAL_ALI_ACTORS = ("ali-hassan-al-majid person Ali Hassan al-Majid; "
                       "reuters organization Reuters; saddam-hussein person Saddam Hussein")


# --- two people of one surname ------------------------------------------------------------------------

MEGRAHI = (  # Wikinews, 23 May 2012
    "Abdelbaset al-Megrahi has consistently denied responsibility for the attack. In his final "
    "recorded interview in December 2011, he insisted he was \"an innocent man\". His brother "
    "Mohammed al-Megrahi claimed \"[t]here never was exact proof\" and said al-Megrahi's \"pain "
    "is over now – he is with God\".\n")
MEGRAHI_ACTORS = ("abdelbaset-al-megrahi person Abdelbaset al-Megrahi; "
                  "mohammed-al-megrahi person Mohammed al-Megrahi")


# --- a described source and the body it belongs to ----------------------------------------------------

STUDENTS = (  # Voice of America, 15 November 2019
    "Chinese students in the United States say they censor themselves.\n"
    "\"I wouldn't feel safe to speak publicly or under recording,\" said a PRC graduate student "
    "at Georgetown University in Washington.\n"
    "\"In China, we don't want to talk about the government too much,\" said one University of "
    "Maryland student.\n")
STUDENTS_ACTORS = ("georgetown-university organization Georgetown University; "
                   "university-of-maryland organization University of Maryland")
SPLA = (  # Voice of America, 12 June 2014
    "A spokesman for the South Sudan army, the SPLA, dismissed reports that thousands of "
    "soldiers have abandoned their posts in Jonglei state, saying the number was much smaller "
    "and \"desertion is normal.\"\n")
SPLA_ACTORS = "spla organization SPLA; south-sudan state South Sudan"

AVALANCHE = (  # Voice of America, 20 June 2008
    "Zimbabwe's opposition is considering whether to pull out of the presidential run-off.\n"
    "Reuters news agency quotes a spokesman for the opposition Movement for Democratic Change "
    "Nelson Chamisa as saying the party has received an \"avalanche\" of calls from supporters "
    "to withdraw, and will make a decision on Monday.\n")
AVALANCHE_ACTORS = ("reuters organization Reuters; nelson-chamisa person Nelson Chamisa; "
                    "movement-for-democratic-change organization Movement for Democratic Change")

SKRIPAL = (  # Voice of America, 9 August 2018
    "MOSCOW — Russia condemned the new U.S. sanctions.\n"
    "A Russian Foreign Ministry spokeswoman said Thursday the new sanctions represent a fresh "
    "attempt to “demonize Russia.” She added that “ultimatums against Russia are useless,” and "
    "noted the government is considering ways to answer the U.S. restrictions.\n")
SKRIPAL_ACTORS = ("russia state Russia; us-state-department organization State Department; "
                  "russia-foreign-ministry organization Russian Foreign Ministry@russia")
SKRIPAL_SPOKESWOMAN = (  # Voice of America, 9 August 2018
    "Former Russian military intelligence official Sergei Skripal and his daughter were poisoned "
    "in the English city of Salisbury in March.\n"
    "Both Skripal and his daughter survived the attack, but spent weeks recovering in the "
    "hospital. Britain, the United States and other nations have accused Russia of ordering the "
    "poisonings. The Russian government has repeatedly denied any involvement in the attack.\n"
    "A Russian Foreign Ministry spokeswoman said Thursday the new sanctions represent a fresh "
    "attempt to “demonize Russia.” She added that “ultimatums against Russia are useless,” and "
    "noted the government is considering ways to answer the U.S. restrictions.\n"
    "A spokesman for Russian President Vladimir Putin called the measures “unfriendly” and "
    "“unlawful.”\n")
SKRIPAL_SPOKESWOMAN_ACTORS = (
    "sergei-skripal person Sergei Skripal; vladimir-putin person Vladimir Putin; "
    "russia-foreign-ministry organization Russian Foreign Ministry")
MULLEN = (  # U.S. Department of Defense, 15 February 2008
    "Feb. 15, 2008 - The chairman of the Joint Chiefs of Staff spoke about his priorities during "
    "a roundtable discussion with military analysts in the Pentagon today. Navy Adm. Michael G. "
    "Mullen spoke about the short-term and long-term challenges facing the military.\n"
    "From the start of his term in office, Mullen has made developing a Middle East military "
    "strategy a priority.\n"
    "\"In Iraq, security is clearly better,\" Mullen said. \"I don't just read about it -- I've "
    "been there a couple times.\"\n"
    "The chairman emphasized that in the long run, security alone isn't going to provide the "
    "sort of winning combination needed.\n"
    "\"It's got to be more than that,\" he said.\n")
# two registry people of that surname, as in a registry that holds both
MULLEN_ACTORS = "michael-mullen person Michael G. Mullen; mike-mullen person Mike Mullen"
BANDIT_KING = (  # Wikinews, 19 May 2012: some of its sentences, one a paragraph
    "Lai Changxing, dubbed the Bandit King, has been given a life sentence for years of smuggling "
    "and corruption that added up to billions of US dollars or Pounds sterling.\n"
    "Hundreds of officials have been convicted and it is estimated hundreds more remain.\n"
    "Fellow life-sentence prisoners from the case include the city's deputy mayor and its head "
    "of customs.\n"
    "The nation's former vice-minister for security, Li Jizhou, has a suspended death sentence.\n"
    "Other suspects have killed themselves.\n"
    "Lai had denied corruption at his trial, although he accepted exploiting loopholes to avoid "
    "import duty.\n"
    "\"I don't have a good family background,\" Lai said previously in a press interview.\n")
BANDIT_KING_ACTORS = "lai-changxing person Lai Changxing; li-jizhou person Li Jizhou"
# the registry of tests/fixtures/real, whose alias 'Russian President Vladimir Putin' has the
# rules read no source in 'A spokesman for Russian President Vladimir Putin called …'
KREMLIN_SPOKESMAN_ACTORS = (
    "sergei-skripal person Sergei Skripal|Skripal; vladimir-putin person Vladimir "
    "Putin|Putin|Russian President Vladimir Putin; russia state Russia|Moscow|the Kremlin")
JIHADI_FORUMS = (  # Wikinews, 5 January 2010
    "Jarret Brachman, consultant to the US government on terrorism said in a telephone interview "
    "to The New York Times, \"He’s one of the most revered authors on the jihadists' forums. He’s "
    "in the top five jihadists. He's one of the biggest guns out there.\"\n"
    "Evan Kohlmann, who tracks jihadi Web sites for NBC News said, \"He was actually an "
    "administrator on the now-defunct Al-Hesbah forum, previously al-Qaeda's main chat forum.\"\n")
JIHADI_FORUMS_ACTORS = ("jarret-brachman person Jarret Brachman; evan-kohlmann person Evan "
                        "Kohlmann; nbc-news organization NBC News")

COLUMBIA = (  # Voice of America, 3 June 2016
    "A Columbia University student said she ran away in May because life at the highly ranked "
    "school was too stressful. Nayla Kidd of Kentucky was an engineering student at Columbia, in "
    "New York City, when she disappeared. “I enjoyed the praise and self-worth I felt when I "
    "excelled in school, and I wanted to keep aiming higher,” Kidd said, in telling her story in "
    "the New York Post. She was excited when she got into Columbia “because it’s such a "
    "prestigious school.”\n")
COLUMBIA_ACTORS = ("nayla-kidd person Nayla Kidd; columbia-university organization Columbia "
                   "University; new-york-post organization New York Post")

INDICTED = (  # Voice of America, 16 February 2018
    "The indictment, announced by the Justice Department, came from the office of Special "
    "Counsel Robert Mueller. It says the defendants’ efforts were meant to help the campaign of "
    "Republican Party candidate Donald Trump and hurt that of Hillary Clinton, the Democratic "
    "Party nominee. President Trump himself has rejected any Russian interference in the "
    "campaign. On Friday, the president wrote on Twitter: “Russia started their anti-US "
    "campaign in 2014, long before I announced that I would run for President.”\n")
INDICTED_ACTORS = ("donald-trump person Donald Trump; robert-mueller person Robert Mueller; "
                   "us-justice-department organization Justice Department")

BASRA = (  # Wikinews, 27 March 2008
    "Rather it is \"to deal with criminals in the streets with weapons,\" he said. \"We [the US] "
    "shall continue to show restraint on those who have undertaken Muqtada al-Sadr's pledge.\" A "
    "2006 US report, however, called al-Sadr's Mahdi Army a \"most dangerous accelerant of "
    "potentially self-sustaining sectarian violence in Iraq.\"\n")
BASRA_ACTORS = "muqtada-al-sadr person Muqtada al-Sadr; kevin-bergner person Kevin Bergner"
CHEMICAL_ALI_JUDGE = (  # Wikinews, 24 June 2007
    "Judge Mohammed Oreibi al-Khalifa told al-Majid that, according to a New York Times report, "
    "he had \"been convicted of genocide, crimes against humanity and war crimes.\"\n")
HOMEOPATH = (  # Wikinews, 8 May 2009
    "Thomas Sam, a practising homeopath, instead decided to treat his daughter himself.\n"
    "Mr. Tedeschi also told the court that, over the last five months of her life, \"Gloria's "
    "eczema played a devastating role in her overall health.\"\n"
    "Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical doctor, "
    "but he replied \"I am not able to do that\".\n")
HOMEOPATH_ACTORS = "thomas-sam person Thomas Sam; mark-tedeschi person Mark Tedeschi"
SALVIA = (  # VOA, 8 November 2016
    "In McLean, Virginia, outside Washington, Ellis Richard Salvia gave his reasons for "
    "supporting Trump.\n"
    "“To save America from people who are putting America down,” he said. “We want America to "
    "be the greatest country in the world.”\n")
SALVIA_ACTORS = "ellis-richard-salvia person Ellis Richard Salvia; donald-trump person Donald Trump"
PROVOCATION = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov on Friday dismissed U.S. Secretary "
    "of State Antony Blinken's offer as a stunt.\n\n"
    "\"It is a provocation,\" he said.\n")
PROVOCATION_ACTORS = ("sergei-lavrov person Sergei Lavrov; "
                      "antony-blinken person Antony Blinken")
TOP_DIPLOMAT = (
    "WASHINGTON (Reuters) - Secretary of State Marco Rubio said on Tuesday the United States would "
    "not lift sanctions on Iran.\n\n"
    "\"We are not going to reward Tehran for its behavior,\" the top U.S. diplomat told reporters "
    "at the State Department.\n")
TOP_DIPLOMAT_ACTORS = ("marco-rubio person Marco Rubio; "
                       "antony-blinken person Antony Blinken|the top U.S. diplomat")
TWO_PRESIDENTS = (
    "KYIV (Reuters) - Ukrainian President Volodymyr Zelensky met U.S. President Joe Biden in "
    "Washington on Thursday.\n\n"
    "Zelensky thanked Congress for its support. \"We will win this war,\" the president said.\n")
TWO_PRESIDENTS_ACTORS = ("volodymyr-zelensky person Volodymyr Zelensky|Zelensky; "
                         "joe-biden person Joe Biden|Biden|the president")
MINISTER = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met Antony Blinken on Friday.\n\n"
    "\"We made no progress,\" the minister told reporters.\n")
MINISTER_ACTORS = ("sergei-lavrov person Sergei Lavrov|Lavrov; "
                   "antony-blinken person Antony Blinken|Blinken|the minister")
ROCHA = (
    "Foreign Minister Ana Rocha said on Monday that the deal was dead.\n"
    "In the '90s, the fleet patrolled the strait, the ministers' report said.\n"
    "“We held in-depth talks and agreed to meet again,” she said.\n")
ROCHA_ACTORS = "ana-rocha person Ana Rocha"
LAGE = (  # Wikinews, 6 August 2006
    "Fidel Castro's condition is \"satisfactory\" following surgery last Monday for intestinal "
    "bleeding according to Cuban vice-premier Carlos Lage and Cuba's health minister José Ramón "
    "Balaguer who adds that it will not be long before the Cuban leader returns to work. On "
    "Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN's Spanish service that Castro "
    "\"remains in stable condition\".\n"
    "Lage, who is in Bolivia for the opening of that country's constitutional convention, said "
    "that Castro sends the Bolivian people \"fraternal greetings\" according to Cuban press agency "
    "Prensa Latina.\n")
LAGE_ACTORS = ("carlos-lage person Carlos Lage; ricardo-alcaron person Ricardo Alcaron; "
               "condoleezza-rice person Condoleezza Rice")
KREMLIN = ("MOSCOW (Reuters) - The Kremlin leader met Chinese President Xi Jinping on Friday.\n\n"
           "\"We are friends for ever,\" the Russian leader said.\n")
KREMLIN_ACTORS = "vladimir-putin person Vladimir Putin; xi-jinping person Xi Jinping"
JUDGE_ACTORS = ("mohammed-oreibi-al-khalifa person Mohammed Oreibi al-Khalifa; "
                "ali-hassan-al-majid person Ali Hassan al-Majid")


# every case: words given to a speaker, and the verdict the article's words give
CASES = [
    # 'Amnesty International refers to … as "…"': the subject guessed, and no one else named
    # before the words, so the co-ordinator introduced after them did not say them
    (AMNESTY, AMNESTY_ACTORS, "prisoners of conscience.", "amnesty-international", C),
    (AMNESTY, AMNESTY_ACTORS, "prisoners of conscience.", "jenny-leong", X),
    # the subject read is a state, a word of 'The U.S. military's intelligence chief': no proof
    # against the general named after the words
    (KHOWST, KHOWST_ACTORS, "ignorant", "michael-flynn", U),
    # 'US citizen Susan Cohen … thought of al-Megrahi as “…”': the state qualifies the person
    # who heads the sentence, whom the subject stands for
    (LOCKERBIE, LOCKERBIE_ACTORS, "a mass murderer", "susan-cohen", C),
    (LOCKERBIE, LOCKERBIE_ACTORS, "a mass murderer", "jim-swire", X),
    (BETANCOURT, BETANCOURT_ACTORS, "I think what I saw was certainly not a staged event,",
     "ingrid-betancourt", C),
    # 'she said' after two paragraphs that name Betancourt and no one else: Sarkozy, three
    # paragraphs before, is not whom 'she' stands for
    (BETANCOURT, BETANCOURT_ACTORS, "I think what I saw was certainly not a staged event,",
     "nicolas-sarkozy", X),
    # the sentence before names McFadden, but its subject is 'The secretary': the paragraph
    # before that, which names Gates, is within the pronoun's reach
    (GATES, GATES_ACTORS, "we’re making progress in Afghanistan,", "robert-gates", U),
    # a name and a verb opening the next paragraph ('Wilkins explained …') do not attribute the
    # quotation that ends the paragraph before: 'said Gustafon.' does
    (WARHOL, WARHOL_ACTORS, WARHOL_WORDS, "elaine-gustafon", C),
    (WARHOL, WARHOL_ACTORS, WARHOL_WORDS, "kristen-wilkins", X),
    # `said Representative Jim Ramstad (R Minnesota), who …. “…”`: the party after the name does
    # not make it the start of what was said
    (BAILOUT, BAILOUT_ACTORS, BAILOUT_WORDS, "jim-ramstad", C),
    (BAILOUT, BAILOUT_ACTORS, BAILOUT_WORDS, "marcy-kaptur", X),
    # a possessive that is not someone's words ('Jem’s moves', 'CNN's Spanish service') leaves
    # the name before it the speaker
    (DARFUR, DARFUR_ACTORS, "moves toward war", "eltigani-salih-fidail", C),
    (DARFUR, DARFUR_ACTORS, "moves toward war", "jem", X),
    (CASTRO, CASTRO_ACTORS, "remains in stable condition", "ricardo-alcaron", C),
    (CASTRO, CASTRO_ACTORS, "remains in stable condition", "fidel-castro", X),
    # `pointed to El-Faki’s statements as “…”`: what stands after 'as' is the describer's
    (DARFUR, DARFUR_ACTORS, "more evidence that the rebels are dedicated to violence",
     "eltigani-salih-fidail", C),
    (DARFUR, DARFUR_ACTORS, "more evidence that the rebels are dedicated to violence",
     "el-tahir-el-faki", X),
    # but a description that is someone's own stays theirs: no proof either way
    ("Jane Doe dismissed Richard Roe’s description of the plan as “a failure of nerve.”\n",
     "jane-doe person Jane Doe; richard-roe person Richard Roe", "a failure of nerve.",
     "richard-roe", U),
    # `… read out. Reuters described him as “old-looking”`: the name in the sentence after the
    # words is a guess, not proof against the one the article says said them
    (CHEMICAL_ALI, CHEMICAL_ALI_ACTORS, "Thanks be to God", "ali-hassan-al-majid", U),
    # the brother named in full, Mohammed al-Megrahi, said them: the surname they share does not
    # make them Abdelbaset al-Megrahi's
    (MEGRAHI, MEGRAHI_ACTORS, "pain is over now – he is with God", "mohammed-al-megrahi", C),
    (MEGRAHI, MEGRAHI_ACTORS, "pain is over now – he is with God", "abdelbaset-al-megrahi", X),
    (MEGRAHI, MEGRAHI_ACTORS, "[t]here never was exact proof", "abdelbaset-al-megrahi", X),
    # a student at a university does not speak for it; a spokesman for the army does
    (STUDENTS, STUDENTS_ACTORS, "I wouldn't feel safe to speak publicly",
     "georgetown-university", X),
    (STUDENTS, STUDENTS_ACTORS, "In China, we don't want to talk about the government",
     "university-of-maryland", X),
    # nor for any other body, one its description does not name least of all
    (STUDENTS, STUDENTS_ACTORS + "; prc-embassy organization PRC Embassy in Washington",
     "In China, we don't want to talk about the government", "prc-embassy", X),
    (STUDENTS, STUDENTS_ACTORS, "In China, we don't want to talk about the government",
     "georgetown-university", X),
    (SPLA, SPLA_ACTORS, "desertion is normal.", "spla", C),
    # a spokesman for one body, described in the sentence of the words: another body named in
    # it too (the agency that quotes him) did not say them
    (AVALANCHE, AVALANCHE_ACTORS, "avalanche", "reuters", X),
    # the description ends on the name of the one it describes, right after the body's: he is
    # that spokesman, and another person is not
    (AVALANCHE, AVALANCHE_ACTORS + "; morgan-tsvangirai person Morgan Tsvangirai", "avalanche",
     "nelson-chamisa", C),
    (AVALANCHE, AVALANCHE_ACTORS + "; morgan-tsvangirai person Morgan Tsvangirai", "avalanche",
     "morgan-tsvangirai", X),
    # not where a role comes between the body and the name: the spokesman speaks for him
    ("Reuters quotes a spokesman for Movement for Democratic Change leader Morgan Tsvangirai as "
     "saying the party has received an \"avalanche\" of calls.\n",
     AVALANCHE_ACTORS + "; morgan-tsvangirai person Morgan Tsvangirai", "avalanche",
     "morgan-tsvangirai", U),
    (SKRIPAL, SKRIPAL_ACTORS, "ultimatums against Russia are useless,",
     "russia-foreign-ministry", C),
    (SKRIPAL, SKRIPAL_ACTORS, "ultimatums against Russia are useless,", "us-state-department", X),
    # a ministry's spokeswoman speaks for its state too: no contradiction of Russia
    (SKRIPAL, SKRIPAL_ACTORS, "ultimatums against Russia are useless,", "russia", U),
    # the sentence's subject guessed, 'She': a person's words, not a university's or a paper's
    (COLUMBIA, COLUMBIA_ACTORS, "because it’s such a prestigious school.", "nayla-kidd", C),
    (COLUMBIA, COLUMBIA_ACTORS, "because it’s such a prestigious school.",
     "columbia-university", X),
    (COLUMBIA, COLUMBIA_ACTORS, "because it’s such a prestigious school.", "new-york-post", X),
    # 'the president wrote', read as Trump: a person's words, which no one there is said to
    # speak for a body with, so not the Justice Department's
    (INDICTED, INDICTED_ACTORS, "Russia started their anti-US campaign in 2014,",
     "us-justice-department", X),
    (INDICTED, INDICTED_ACTORS, "Russia started their anti-US campaign in 2014,",
     "robert-mueller", U),
    # a group or a document described as the source is no person named near: 'A 2006 US report'
    # is not al-Sadr, whom it names
    (BASRA, BASRA_ACTORS, "most dangerous accelerant", "muqtada-al-sadr", X),
    # `Thomas' sister pleaded with him …, but he replied “…”`: the pronoun's own sentence names
    # the father, so the prosecutor who spoke last is no proof against him; and as the article
    # names him in full, Thomas Sam, the given name alone is he, whom 'he' confirms
    (HOMEOPATH, HOMEOPATH_ACTORS, "I am not able to do that", "thomas-sam", C),
    # nor does it confirm the prosecutor, whom the rules read the pronoun as
    (HOMEOPATH, HOMEOPATH_ACTORS, "I am not able to do that", "mark-tedeschi", U),
    # 'he said' after a sentence that names another person after the speaker read: the
    # pronoun may stand for either, so the one the rules chose is not confirmed
    (SALVIA, SALVIA_ACTORS, "To save America from people who are putting America down,",
     "donald-trump", U),
    (SALVIA, SALVIA_ACTORS, "We want America to be the greatest country in the world.",
     "donald-trump", U),
    # (but one named there only as an owner, 'Blinken's offer', is not whom a pronoun opening
    # the next sentence stands for: its subject is)
    (PROVOCATION, PROVOCATION_ACTORS, "It is a provocation,", "antony-blinken", X),
    (PROVOCATION, PROVOCATION_ACTORS, "It is a provocation,", "sergei-lavrov", C),
    (GATES, GATES_ACTORS, "we’re making progress in Afghanistan,", "cynthia-mcfadden", U),
    # an office or a description among a person's aliases ('the top U.S. diplomat') is no name:
    # it neither contradicts the holder the article names nor confirms the registry's one
    (TOP_DIPLOMAT, TOP_DIPLOMAT_ACTORS, "We are not going to reward Tehran for its behavior,",
     "marco-rubio", U),
    (TWO_PRESIDENTS, TWO_PRESIDENTS_ACTORS, "We will win this war,", "volodymyr-zelensky", U),
    (TWO_PRESIDENTS, TWO_PRESIDENTS_ACTORS, "We will win this war,", "joe-biden", U),
    (MINISTER, MINISTER_ACTORS, "We made no progress,", "antony-blinken", U),
    # but the office names its holder where the article names him and no one else before it
    ("Secretary of State Antony Blinken arrived in Kyiv on Wednesday.\n\nThe top U.S. diplomat "
     "said the security relationship is a “two-way street.”\n",
     "antony-blinken person Antony Blinken|the top U.S. diplomat", "two-way street.",
     "antony-blinken", C),
    # 'she said' after a report described as a source: a pronoun stands for a person, never a
    # report, so the report is no proof against the minister named before it
    (ROCHA, ROCHA_ACTORS, "We held in-depth talks and agreed to meet again,", "ana-rocha", U),
    # a report the words are known 'according to' may quote the judge named with it
    (CHEMICAL_ALI_JUDGE, JUDGE_ACTORS, "been convicted of genocide",
     "mohammed-oreibi-al-khalifa", U),
    # a quotation carried on from a spokesman's: his words may be the body's he speaks for
    ("WASHINGTON — The Pentagon answered its critics on Wednesday.\n“Our facilities are safe,” "
     "Pentagon spokesman Geoff Morrell told reporters.\n“There seems to be a misperception out "
     "there.”\n", "geoff-morrell person Geoff Morrell; pentagon organization Pentagon",
     "There seems to be a misperception out there.", "pentagon", U),
    # a quotation run on into the next paragraph opens it with a new mark, which quotes no one
    # else: its words are still the speaker's who opened it
    (ASYLUM, ASYLUM_ACTORS, ASYLUM_WORDS, "enver-solomon", C),
    (ASYLUM, ASYLUM_ACTORS, ASYLUM_WORDS, "sky-news", X),
    # 'the statement said': the words of whoever issued the statement told of before; one named
    # before that is no name the words read, and is not contradicted
    (FRATRICIDE, FRATRICIDE_ACTORS, FRATRICIDE_WORDS, "isaf", C),
    (FRATRICIDE, FRATRICIDE_ACTORS, FRATRICIDE_WORDS, "john-kirby", U),
    # 'Christian Aid issued a statement saying “…”': the issuer named in the words' own sentence
    # is as good as 'Christian Aid said', against a person named just before too
    (FAMINE_AID, FAMINE_AID_ACTORS, FAMINE_AID_WORDS, "christian-aid", C),
    (FAMINE_AID, FAMINE_AID_ACTORS, FAMINE_AID_WORDS, "max-peberdy", X),
    (FAMINE_AID, FAMINE_AID_ACTORS, FAMINE_AID_WORDS, "bbc", X),
    # 'The statement released by the Council' names the Supreme Council again, not a new body:
    # the reading's reach starts there, and the paper named paragraphs before is contradicted
    (SHAFIK, SHAFIK_ACTORS, SHAFIK_WORDS, "scaf", C),
    (SHAFIK, SHAFIK_ACTORS, SHAFIK_WORDS, "los-angeles-times", X),
    # words no rule gives anyone, in paragraphs that name other people and never this one: a
    # reader can take them for no one's but someone's written near them
    (LAGE, LAGE_ACTORS, "satisfactory", "condoleezza-rice", X),
    (LAGE, LAGE_ACTORS, "fraternal greetings", "condoleezza-rice", X),
    # but one named near them is left to the editor, and so is a person a description ('the
    # Russian leader') may stand for, whom the article need never name
    (LAGE, LAGE_ACTORS, "satisfactory", "ricardo-alcaron", U),
    (KREMLIN, KREMLIN_ACTORS, "We are friends for ever,", "vladimir-putin", U),
    # a described source beside a body, or against it, does not speak for it
    ("WASHINGTON (Reuters) - The State Department on Tuesday announced new sanctions.\n\n"
     "\"This is a paper tiger,\" said a former State Department official who asked not to be "
     "named.\n", "us-state-department organization State Department", "This is a paper tiger,",
     "us-state-department", X),
    ("MOSCOW (Reuters) - Gazprom was fined on Tuesday.\n\n\"The fine is unlawful,\" a lawyer "
     "suing Gazprom said.\n", "gazprom organization Gazprom", "The fine is unlawful,", "gazprom",
     X),
    ("PARIS (Reuters) - Renault workers walked out on Tuesday.\n\n\"We will strike until the "
     "end,\" a union leader at Renault said.\n", "renault organization Renault",
     "We will strike until the end,", "renault", X),
    # a source brought in without a name ('A … spokeswoman') is none of the people named before
    # it, where no sentence by the words names the person given
    (SKRIPAL_SPOKESWOMAN, SKRIPAL_SPOKESWOMAN_ACTORS, "demonize Russia.", "vladimir-putin", X),
    (SKRIPAL_SPOKESWOMAN, SKRIPAL_SPOKESWOMAN_ACTORS, "ultimatums against Russia are useless,",
     "sergei-skripal", X),
    (SKRIPAL_SPOKESWOMAN, SKRIPAL_SPOKESWOMAN_ACTORS, "demonize Russia.",
     "russia-foreign-ministry", C),
    # and so where the words' own sentence opens on such a source, though the rules read it
    # as no attribution ('called the measures “…”'); the one it speaks for is left open
    (SKRIPAL_SPOKESWOMAN, KREMLIN_SPOKESMAN_ACTORS, "unfriendly", "sergei-skripal", X),
    (SKRIPAL_SPOKESWOMAN, KREMLIN_SPOKESMAN_ACTORS, "unfriendly", "vladimir-putin", U),
    # but one the sentence names is its source: 'A spokesman …, Philip Aguer, dismissed …'
    ("JUBA — A spokesman for the South Sudan army, Philip Aguer, dismissed reports that thousands "
     "of soldiers have abandoned their posts, saying \"desertion is normal.\"\n",
     "philip-aguer person Philip Aguer; spla organization South Sudan army",
     "desertion is normal.", "philip-aguer", C),
    # 'Mullen said', and 'he said' after it, where the article has named Michael G. Mullen in
    # full and no other person of that surname: the surname is his, whoever else of that name
    # the registry holds
    (MULLEN, MULLEN_ACTORS, "In Iraq, security is clearly better,", "michael-mullen", C),
    (MULLEN, MULLEN_ACTORS, "It's got to be more than that,", "michael-mullen", C),
    (MULLEN, MULLEN_ACTORS, "It's got to be more than that,", "mike-mullen", U),
    # a surname written first is the name's first word: 'Lai' of Lai Changxing
    (BANDIT_KING, BANDIT_KING_ACTORS, "I don't have a good family background,", "lai-changxing",
     C),
    (BANDIT_KING, BANDIT_KING_ACTORS, "I don't have a good family background,", "li-jizhou", X),
    # but not where the article names another of that surname, even one the registry lacks
    (MULLEN.replace("strategy a priority.", "strategy a priority, his wife Deborah Mullen said."),
     MULLEN_ACTORS, "It's got to be more than that,", "michael-mullen", U),
    # a sentence opening on a name set off by what it says of them, then the verb of saying:
    # the name's words, though the rules read 'NBC News said' or no one
    (JIHADI_FORUMS, JIHADI_FORUMS_ACTORS, "He was actually an administrator", "evan-kohlmann", C),
    (JIHADI_FORUMS, JIHADI_FORUMS_ACTORS, "He was actually an administrator", "jarret-brachman", X),
    (JIHADI_FORUMS, JIHADI_FORUMS_ACTORS, "one of the most revered authors", "jarret-brachman", C),
    (JIHADI_FORUMS, JIHADI_FORUMS_ACTORS, "one of the most revered authors", "evan-kohlmann", X),
    # but an aside set off so is not: 'Putin, a spokesman said, “…”'
    ("The summit opens in Geneva on Monday.\nVladimir Putin, a spokesman said, \"will not travel to "
     "the summit.\"\n",
     "vladimir-putin person Vladimir Putin", "will not travel to the summit.", "vladimir-putin",
     U),
    # whereas its own lawyer speaks for it
    ("MOSCOW (Reuters) - Gazprom was fined on Tuesday.\n\n\"The fine is unlawful,\" a lawyer "
     "for Gazprom said.\n", "gazprom organization Gazprom", "The fine is unlawful,", "gazprom",
     C),
]

LAVROV_ACTORS = ("antony-blinken person Antony Blinken|Blinken; "
                 "sergei-lavrov person Sergei Lavrov|Lavrov")
CASTRO = ("HAVANA (Reuters) - Cuban President Raul Castro met visiting officials on Tuesday while "
          "his brother Fidel Castro remained in hospital.\n\n\"The revolution is in good "
          "health,\" Castro told state television.\n")
CASTRO_ACTORS = "raul-castro person Raul Castro; fidel-castro person Fidel Castro"
REPORTED = [
    # the sentence opens on another's remark that the words are: the name after them is
    # whoever was asked about it, not proof of who said them
    "LONDON (Reuters) - Blinken met Lavrov on Friday.\n\nAsked about Lavrov's remark that the "
    "West \"has lost its mind,\" Blinken said he would not respond.\n",
    # a warning from one person, dismissed by another, as `Lavrov’s warning that` is read
    "GENEVA (Reuters) - Blinken dismissed a warning from Lavrov that Russia would respond "
    "“has lost its mind.”\n",
    # `“…,” Blinken said Lavrov told him`: the words Blinken reports as Lavrov's
    "LONDON (Reuters) - Blinken met Lavrov on Friday.\n\n\"has lost its mind,\" Blinken said "
    "Lavrov told him.\n",
    # a colon after a sentence that gives the words to someone it names after its subject
    "LONDON (Reuters) - Blinken met Lavrov on Friday.\n\nBlinken quoted Lavrov as saying: "
    "\"has lost its mind.\"\n",
    "GENEVA (Reuters) - Blinken received a letter from Lavrov on Friday that said: \"has lost "
    "its mind.\"\n",
    "GENEVA (Reuters) - Blinken met Lavrov on Friday. Blinken was told by Lavrov: \"has lost "
    "its mind.\"\n",
]
CASES += [(article, LAVROV_ACTORS, "has lost its mind", speaker, U)
          for article in REPORTED for speaker in ("antony-blinken", "sergei-lavrov")]
CASES += [
    # one surname two people named in the article share: 'Castro' names neither for certain
    (CASTRO, CASTRO_ACTORS, "The revolution is in good health,", "raul-castro", U),
    (CASTRO, CASTRO_ACTORS, "The revolution is in good health,", "fidel-castro", U),
    # the colon still gives its sentence's subject the words where the person named after it
    # is no source of them: `… thought of al-Megrahi as “…”, adding to CNN: “…”`
    ("Al-Megrahi died on Sunday.\n\nJim Swire thought of Abdelbaset al-Megrahi as a friend, "
     "adding to the BBC: \"He was an innocent man.\"\n",
     "jim-swire person Jim Swire; abdelbaset-al-megrahi person Abdelbaset al-Megrahi",
     "He was an innocent man.", "jim-swire", C),
    # the name in the sentence after the words, where their own sentence names another, is no
    # proof of who said them: Reuters described Al-Majid, it did not say his words
    (CHEMICAL_ALI, CHEMICAL_ALI_ACTORS, "Thanks be to God", "reuters", U),
]

AFGHAN = (  # VOA, 27 March 2015
    "Within hours of his arrival in Washington Sunday, Ghani told VOA reporter Said Suleiman "
    "Ashna that he was determined “to create the type of coordination and cooperation.”\n"
    "In a separate interview with VOA on Wednesday, Abdullah Abdullah, Ghani’s partner in the "
    "national unity government, stressed his commitment to hold Afghanistan’s government "
    "together. “Those who expect the national unity government to collapse,” he said, “will be "
    "sorely disappointed.” Abdullah ran for president against Ghani last year.\n")
AFGHAN_ACTORS = ("ashraf-ghani person Ashraf Ghani|Ghani; abdullah-abdullah person Abdullah "
                 "Abdullah; said-suleiman-ashna person Said Suleiman Ashna")
SUAH = (  # VOA, 12 October 2005
    "Even though women largely outnumbered men during Ms. Johnson-Sirleaf's rallies, men were "
    "also visible, dancing to her feminist anthem, \"I am woman, hear me roar.\" Accountant "
    "Richard Suah was among them.\n"
    "\"Africa needs a woman president not just Liberia, and we are ready, because we suffer, we "
    "are suffering,\" he said.\n")
SUAH_ACTORS = ("richard-suah person Richard Suah; ellen-johnson-sirleaf person Ellen "
               "Johnson-Sirleaf|Ms. Johnson-Sirleaf")
CASES += [
    # a name in the apposition set off after the subject's ('Abdullah Abdullah, Ghani’s
    # partner …, stressed') is not whom the 'he' of the next words stands for
    (AFGHAN, AFGHAN_ACTORS, "will be sorely disappointed.", "abdullah-abdullah", C),
    (AFGHAN, AFGHAN_ACTORS, "will be sorely disappointed.", "ashraf-ghani", X),
    (AFGHAN, AFGHAN_ACTORS, "will be sorely disappointed.", "said-suleiman-ashna", X),
    # 'he said' after a sentence about one person, no one named since: that person's words
    (SUAH, SUAH_ACTORS, "Africa needs a woman president not just Liberia,", "richard-suah", C),
    (SUAH, SUAH_ACTORS, "Africa needs a woman president not just Liberia,",
     "ellen-johnson-sirleaf", X),
]

CLOCK = (  # Wikinews, 22 September 2015
    "Mohamed brought the digital clock he made to school on September 14, and a teacher "
    "mistakenly thought it resembled a bomb.\n"
    "The Straits Times noted what began as individual messages to Mohamed had grown into a "
    "\"support movement\". American academic and professor Marc Lamont Hill commented, \"Hoping "
    "that the #istandwithahmed movement translates into a substantive national conversation on "
    "race, punishment, and incarceration.\"\n")
CLOCK_ACTORS = ("ahmed-mohamed person Ahmed Mohamed|Mohamed; marc-lamont-hill person Marc Lamont "
                "Hill; straits-times organization The Straits Times")
OZONE = (  # Wikinews, 28 July 2014
    "The U.S. Department of Agriculture notes, \"Ground-level ozone causes more damage to plants "
    "than all other air pollutants combined\", highlighting the importance of air quality for "
    "agriculture. Results of NCLAN studies, published in a paper by AS Heagle in 1989, show dicot "
    "species lose more yield from ozone.\n")
OZONE_ACTORS = ("usda organization U.S. Department of Agriculture; as-heagle person AS Heagle")
KOHAIL = (  # Wikinews, 20 May 2009
    "In the letter, delivered by Canadian MP Deepak Obhrai last December, Kohail continues, "
    "\"Mr. Harper, I have been in jail for two years now.\"\n")
KOHAIL_ACTORS = ("mohamed-kohail person Mohamed Kohail|Kohail; deepak-obhrai person Deepak "
                 "Obhrai; stephen-harper person Stephen Harper|Mr. Harper")
MEDAL = (  # U.S. Department of Defense, 13 February 2013
    "Defense Secretary Leon E. Panetta has approved a new medal designed to recognize service "
    "members directly affecting combat operations.\n"
    "These new capabilities have given American service members the ability to engage the enemy "
    "and change the course of battle, even from afar, Panetta said at a Pentagon news conference "
    "today.\n"
    "“I’ve always felt -- having seen the great work that they do, day in and day out -- that "
    "those who performed in an outstanding manner should be recognized.”\n")
MEDAL_ACTORS = "leon-panetta person Leon E. Panetta|Panetta; pentagon organization Pentagon"
CASES += [
    # 'commented,' 'notes,' and 'continues,' before the words are speech verbs like 'said,'
    (CLOCK, CLOCK_ACTORS, "Hoping that the #istandwithahmed movement", "marc-lamont-hill", C),
    (CLOCK, CLOCK_ACTORS, "Hoping that the #istandwithahmed movement", "ahmed-mohamed", X),
    (OZONE, OZONE_ACTORS, "Ground-level ozone causes more damage to plants", "usda", C),
    (OZONE, OZONE_ACTORS, "Ground-level ozone causes more damage to plants", "as-heagle", X),
    (KOHAIL, KOHAIL_ACTORS, "Mr. Harper, I have been in jail", "mohamed-kohail", C),
    (KOHAIL, KOHAIL_ACTORS, "Mr. Harper, I have been in jail", "deepak-obhrai", X),
    # a paragraph of a quotation alone after a sentence that one person, its only person, is
    # said to have said: that person goes on speaking
    (MEDAL, MEDAL_ACTORS, "I’ve always felt", "leon-panetta", C),
    (MEDAL, MEDAL_ACTORS, "I’ve always felt", "pentagon", X),
]

BESIGYE = (  # VOA, 19 December 2005
    "Among other things, Dr. Besigye stands accused of supporting a rebel group.\n"
    "A member of parliament attending the trial, Abdu Katuntu, tells VOA he believes the charges "
    "against Dr. Besigye are meant to keep him from campaigning and running as a presidential "
    "candidate in Uganda's February 23 elections. \"He is innocent, and these trumped-up charges "
    "are there for purposes of sabotaging his presidential bid,\" he said.\n")
CHAMISSA = (  # VOA, 16 May 2008
    "Meanwhile, MDC leader Morgan Tsvangirai is expected to return to Zimbabwe this weekend.\n"
    "In light of all this, MDC spokesman Nelson Chamissa told VOA from Harare,that supporters "
    "are looking forward to Tsvangirai’s return.\n"
    "“What is clear is that once the president (Tsvangirai) has finished his program which has "
    "been undertaking in the region and also on the continent, then he will return back to "
    "Zimbabwe,” he said.\n")
CHAMISSA_ACTORS = ("nelson-chamissa person Nelson Chamissa; morgan-tsvangirai person Morgan "
                   "Tsvangirai|Tsvangirai")
NAH = (  # VOA, 12 October 2005
    "\"Yes, we're voting for the young person now,\" said Helen Nah.\n"
    "But, she says Ms. Johnson-Sirleaf has benefited from being a woman.\n"
    "\"Most women voted for Ellen because she's a lady who's fighting for gender equality,\" she "
    "explained.\n")
NAH_ACTORS = ("helen-nah person Helen Nah; ellen-johnson-sirleaf person Ellen "
              "Johnson-Sirleaf|Ms. Johnson-Sirleaf")
BESIGYE_ACTORS = ("abdu-katuntu person Abdu Katuntu; kizza-besigye person Kizza "
                  "Besigye|Dr. Besigye; uganda state Uganda")
CASES += [
    # whom a speaker is said to speak of in the sentence before is not whom the 'he said' of
    # the next stands for: that is the speaker
    (BESIGYE, BESIGYE_ACTORS, "He is innocent, and these trumped-up charges", "abdu-katuntu", C),
    (BESIGYE, BESIGYE_ACTORS, "He is innocent, and these trumped-up charges", "kizza-besigye", X),
    ("MOSCOW — Lavrov dismissed Blinken’s offer on Friday. “It is a provocation,” he said.\n",
     "sergei-lavrov person Sergei Lavrov|Lavrov; antony-blinken person Antony Blinken|Blinken",
     "It is a provocation,", "antony-blinken", X),
    ("MOSCOW — Lavrov dismissed Blinken’s offer on Friday. “It is a provocation,” he said.\n",
     "sergei-lavrov person Sergei Lavrov|Lavrov; antony-blinken person Antony Blinken|Blinken",
     "It is a provocation,", "sergei-lavrov", C),
    # the same across a paragraph's end: the words open the paragraph after that sentence
    (CHAMISSA, CHAMISSA_ACTORS, "What is clear is that once the president", "nelson-chamissa", C),
    # and where the sentence's subject is 'she', no one named since the speaker's name
    (NAH, NAH_ACTORS, "Most women voted for Ellen", "helen-nah", C),
    # but not over a paragraph between
    (CHAMISSA.replace("return.\n", "return.\nThe rally was banned.\n"), CHAMISSA_ACTORS,
     "What is clear is that once the president", "nelson-chamissa", U),
    # but a person named in a sentence that reports no one's words may be the one 'he' is
    ("MOSCOW (Reuters) - Sergei Lavrov met Antony Blinken on Friday. \"It is a provocation,\" "
     "he said.\n", PROVOCATION_ACTORS, "It is a provocation,", "antony-blinken", U),
    ("MOSCOW (Reuters) - Sergei Lavrov met Antony Blinken on Friday. \"It is a provocation,\" "
     "he said.\n", PROVOCATION_ACTORS, "It is a provocation,", "sergei-lavrov", U),
]

BULCHA = (  # VOA, 15 January 2010
    "OFDM chairman Bulcha Demeksa charges Qinati's arrest was timed to prevent him from "
    "registering as a candidate for parliament.\n"
    "Oromos are the largest of Ethiopia's many ethnic groups. Bulcha says he is receiving reports "
    "that police are searching the homes of other opposition figures.\n"
    "\"I know in other cases, they have taken documents and left them in their houses,\" he "
    "said.\n")
BULCHA_ACTORS = ("bulcha-demeksa person Bulcha Demeksa; qinati-abdisa person Qinati Abdisa")
SOMALILAND = (  # VOA, 13 November 2017
    "Security is tight as Somaliland security chiefs have encouraged the public to go about their "
    "business and vote.\n"
    "“We would like to tell the public that the external and domestic security has been secured,” "
    "chief of staff of the Somaliland army General Nuh Ismail Tani said.\n")
SOMALILAND_ACTORS = ("nuh-ismail-tani person Nuh Ismail Tani; somaliland-army organization "
                     "Somaliland army; muse-bihi-abdi person Muse Bihi Abdi")
EINTHE = (  # VOA, 8 January 2021
    "Shwe Einthe was about to leave her Washington apartment when an emergency message blared on "
    "her cellphone.\n"
    "\"My first thought was, 'Oh, my God, this feels like dictator Myanmar, like I am back in my "
    "developing country,'\" said Einthe, an international student at George Washington "
    "University.\n")
EINTHE_ACTORS = ("shwe-einthe person Shwe Einthe|Einthe; george-washington-university organization "
                 "George Washington University")
AHERN = (  # Wikinews, 19 March 2008
    "Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate "
    "St. Patrick's Day. Mr. Ahern makes this visit annually, for what he calls a \"very "
    "substantial and useful meeting.\"\n")
AHERN_ACTORS = ("bertie-ahern person Bertie Ahern; george-w-bush person George W. Bush; "
                "white-house organization White House")
CASES += [
    # 'what he calls a “…”': his own words for it
    (AHERN, AHERN_ACTORS, "very substantial and useful meeting.", "bertie-ahern", C),
    (AHERN, AHERN_ACTORS, "very substantial and useful meeting.", "white-house", X),
    # a thought the speaker quotes as her own is her words, as the quotation around it is
    (EINTHE, EINTHE_ACTORS, "Oh, my God, this feels like dictator Myanmar", "shwe-einthe", C),
    # a chief of staff is a title, not staff who speak for the person named after it
    (SOMALILAND, SOMALILAND_ACTORS, "We would like to tell the public", "nuh-ismail-tani", C),
    (SOMALILAND, SOMALILAND_ACTORS, "We would like to tell the public", "muse-bihi-abdi", X),
    # 'he said' after a given name alone, no one else named between, where the paragraphs read
    # write the full name: that person
    (BULCHA, BULCHA_ACTORS, "I know in other cases, they have taken documents", "bulcha-demeksa",
     C),
]

BIS_ACTORS = "alan-estevez person Alan Estevez; matthew-s-axelrod person Matthew S. Axelrod"
CASES += [
    # 'said <office> <name>': a press release's long office between the verb and the name, and
    # the quotation after the sentence continues it; the next paragraph's name is another's
    (BIS, BIS_ACTORS, "Restricting entities seeking to undermine", "alan-estevez", C),
    (BIS, BIS_ACTORS, "We will use all of the tools", "alan-estevez", C),
    (BIS, BIS_ACTORS, "This action lists parties", "matthew-s-axelrod", C),
    (BIS, BIS_ACTORS, "We will continue to use all of our authorities", "matthew-s-axelrod", C),
    (BIS, BIS_ACTORS, "This action lists parties", "alan-estevez", X),
    (BIS, BIS_ACTORS, "We will continue to use all of our authorities", "alan-estevez", X),
]


KOREA_HOTLINE = [  # UPI, 3 January 2018: its paragraphs, the stored copy ending mid-word
    "SEOUL, South Korea, Jan. 3 (UPI) -- South and North Korea made contact on a re-established "
    "communication channel running through the truce village of Panmunjom on Wednesday.\n",
    "North Korea made the first contact at the appointed time, and a 20-minute conversation from "
    "3:30-3:50 p.m. took place, Seoul's Unification Ministry said, according to Yonhap.\n",
    "The phone line had been out of use for two years.\n",
    "The phone call on Wednesday did not address major policy issues, but instead \"checked "
    "technical issues of the communication line,\" the ministry said.\n",
    "There were no discussions of North Korea's participation in the 2018 Pyeongchang Winter "
    "Olympics.\n",
    "The development came after a North Korean official announced through state-run media that "
    "the communication line would be reconnected, under the orders of leader Kim Jong Un.\n",
    "Ri Son-kwon, chairman of the North's Committee for the Peaceful Reunification of the "
    "Fatherland, said the hotline would be used to discuss practical matters on dispatching a "
    "North Korean delegation to the Games.\n",
    "\"Reflecting the intentions of the leadership, we will seek close ties with the South in an "
    "earnest and sincere manner,\" he said.\n",
    "Ri added that the North Korean leader \"positively and highly regarded\" the South's response "
    "to his suggestion of sending a North Korean team to the Olympics and making the arrangements "
    "through urgent talks with Seoul.\n",
    "Kim reportedly emphasized that \"the issue of improving inter-Korean ties according to the "
    "wishes of the people\" depends on how the discussions take co\n",
]
KOREA_HOTLINE_WORDS = "the issue of improving inter-Korean ties"
SUNG_KIM = (  # Associated Press, 20 July 2023
    "The U.S. special representative for North Korea, Sung Kim, also said that the United States "
    "was \"working hard\" to gather information about an American soldier who fled to the North "
    "earlier this month. The U.S. was seeking to ensure his safety and return him home, Kim "
    "said.\n")
CHARGING_BULL = (  # VOA Learning English, 13 April 2017: some of its sentences
    "Arturo Di Modica is an Italian-American artist. In 1989, he created a bronze sculpture known "
    "as “Charging Bull.” Di Modica said he decided to make the sculpture after the stock market "
    "lost over 20 percent of its value in one day in 1987. He said his bull statue showed the "
    "“strength and power of the American people.”\n")
LRA_VENUE = (  # VOA, 3 February 2007: some of its sentences
    "Mr. Obonyo Olweny is LRA’s spokesman.\n"
    "Obony Olweny said they (LRA) have also contacted the South African president Thambo Mbeki "
    "requesting him to host the talks.\n"
    "Obonyo also questioned why the Uganda government should insist on one venue under a certain "
    "mediator. “By the Uganda government insisting on having the talks in Juba it means that they "
    "have a hidden agenda.”, he said.\n")
# the registry's only Kim is the U.S. envoy, whom the UPI article never names
KIMS = "sung-kim person Sung Kim; kim-jong-un person Kim Jong Un"
CASES += [
    # a surname alone is the person the article names in full with it, first or last: 'Kim'
    # after 'leader Kim Jong Un' is the leader, not the registry's Sung Kim, whom the article
    # never names, whether or not the registry holds the leader
    ("".join(KOREA_HOTLINE), KIMS, KOREA_HOTLINE_WORDS, "kim-jong-un", C),
    ("".join(KOREA_HOTLINE), KIMS, KOREA_HOTLINE_WORDS, "sung-kim", X),
    ("".join(KOREA_HOTLINE), "sung-kim person Sung Kim", KOREA_HOTLINE_WORDS, "sung-kim", X),
    # a family name written first is the surname too, where the registry holds the leader alone
    ("".join(KOREA_HOTLINE), "kim-jong-un person Kim Jong Un", KOREA_HOTLINE_WORDS, "kim-jong-un",
     C),
    # the whole article's full names count, not only the paragraphs read before the words: the
    # paragraph naming the leader moved to the top, five paragraphs before them
    ("".join([KOREA_HOTLINE[5], *KOREA_HOTLINE[:5], *KOREA_HOTLINE[6:]]), KIMS,
     KOREA_HOTLINE_WORDS, "kim-jong-un", C),
    ("".join([KOREA_HOTLINE[5], *KOREA_HOTLINE[:5], *KOREA_HOTLINE[6:]]), KIMS,
     KOREA_HOTLINE_WORDS, "sung-kim", X),
    # where the article names both in full (the AP paragraph on Sung Kim before the UPI ones),
    # 'Kim' alone settles nothing
    (SUNG_KIM + "".join(KOREA_HOTLINE[5:]), KIMS, KOREA_HOTLINE_WORDS, "kim-jong-un", U),
    (SUNG_KIM + "".join(KOREA_HOTLINE[5:]), KIMS, KOREA_HOTLINE_WORDS, "sung-kim", U),
    # a surname with its particle, or after a given name spelled another way, is still the
    # registry person's own name, no one else's
    (CHARGING_BULL, "arturo-di-modica person Arturo Di Modica", "strength and power",
     "arturo-di-modica", C),
    (LRA_VENUE, "obonyo-olweny person Obonyo Olweny", "By the Uganda government insisting",
     "obonyo-olweny", C),
]

@pytest.mark.parametrize(("article", "actors", "words", "speaker", "verdict"), CASES)
def test_each_rule_gives_its_verdict(article: str, actors: str, words: str,
                                     speaker: str, verdict: str):
    assert _verdict(article, actors, words, speaker).verdict == verdict


UNSAID_ACTORS = "jane-roe person Jane Roe; john-doe person John Doe"


@pytest.mark.parametrize(("article", "words", "speaker", "verdict"), [
    # words the sentence says went unsaid, or were another's, are no one's proof
    ("John Doe did not say “we will leave the alliance next month”, his office said.\n",
     "we will leave the alliance next month", "john-doe", U),
    ("John Doe denies he ever called his rival “a traitor to the nation” on Monday.\n",
     "a traitor to the nation", "john-doe", U),
    ("Jane Roe said she never told John Doe “we will raise taxes next year”.\n",
     "we will raise taxes next year", "jane-roe", U),
    ("Jane Roe said John Doe was wrong to say “the border is closed to all refugees”.\n",
     "the border is closed to all refugees", "jane-roe", U),
    ("Jane Roe rejected the claim that she had said “we will raise taxes next year”.\n",
     "we will raise taxes next year", "jane-roe", U),
    ("Jane Roe said she didn't tell anyone “the war is lost for good” last week.\n",
     "the war is lost for good", "jane-roe", U),
    # a negation before another verb leaves the speaker's own words standing
    ("John Doe said he would not tolerate what he called “acts of terror” by anyone.\n",
     "acts of terror", "john-doe", C),
    ("John Doe said he would not resign and called the charges “baseless and political”.\n",
     "baseless and political", "john-doe", C),
    ("Jane Roe, who has never spoken of it before, told reporters “we walked out of the talks”.\n",
     "we walked out of the talks", "jane-roe", C),
])
def test_words_the_sentence_says_were_not_said_confirm_no_one(article: str, words: str,
                                                               speaker: str, verdict: str):
    assert _verdict(article, UNSAID_ACTORS, words, speaker).verdict == verdict


# --- who an id is: the registry's names decide, never the id ------------------------------------

# (article, actors, words, speaker, verdict), each group headed by the reading it shows
READINGS: list[tuple[str, str, str, str, str]] = []

DAIRY = (  # written in wire style: a farmer the registry does not hold, whose name's slug is an id
    "LONDON (Reuters) - Hundreds of farmers rallied outside parliament on Monday against falling "
    "milk prices.\n"
    "\"We are ruined by these prices,\" John Smith, a dairy farmer from Devon, told reporters.\n")
# the registry's `john-smith` is another person, filed under an id of an earlier name
DAIRY_ACTORS = "john-smith person Mary Jones; jane-doe person Jane Doe"
KELLY = (  # written in wire style
    "PHOENIX (AP) - Sen. Mark Kelly toured the border near Nogales on Friday with Gov. Doug "
    "Ducey.\n"
    "\"We need more agents here, and we need them now,\" Mark Kelly said after the tour.\n")
KELLY_WORDS = "We need more agents here, and we need them now,"
TWO_KELLYS = ("mark-kelly person Mark E. Kelly; scott-kelly person Scott Kelly; "
              "doug-ducey person Doug Ducey")


# the registry's names decide who a name is
READINGS += [
    # a name the registry does not hold is not the registry actor whose id its slug is
    (DAIRY, DAIRY_ACTORS, "We are ruined by these prices", "john-smith", X),
    (DAIRY.replace("\"We", "John Smith spoke for them.\n\"We").replace(
        "John Smith, a dairy farmer from Devon, told reporters", "he said"),
     DAIRY_ACTORS, "We are ruined by these prices", "john-smith", U),
    # a full name without the registry's middle initial, or with one it lacks, is its person
    (KELLY, TWO_KELLYS, KELLY_WORDS, "mark-kelly", C),
    (KELLY, TWO_KELLYS, KELLY_WORDS, "scott-kelly", X),
    (KELLY.replace("Mark Kelly", "Mark E. Kelly"), TWO_KELLYS.replace("Mark E. Kelly", "Mark Kelly"),
     KELLY_WORDS, "mark-kelly", C),
    (KELLY.replace("Mark Kelly", "Mark E. Kelly"), TWO_KELLYS.replace("Mark E. Kelly", "Mark Kelly"),
     KELLY_WORDS, "scott-kelly", X),
    # and the surname alone after it, where the registry holds one Kelly
    (KELLY.replace("Mark Kelly said", "Kelly said"), "mark-kelly person Mark E. Kelly; doug-ducey "
     "person Doug Ducey", KELLY_WORDS, "mark-kelly", C),
    # never another given name of that surname, written in full or in the sentence before
    (KELLY.replace("Mark Kelly", "Scott Kelly"), "mark-kelly person Mark E. Kelly; doug-ducey "
     "person Doug Ducey", KELLY_WORDS, "mark-kelly", U),
    (KELLY.replace("Mark Kelly", "Scott E. Kelly"), "mark-kelly person Mark E. Kelly; doug-ducey "
     "person Doug Ducey", KELLY_WORDS, "mark-kelly", U),
    (KELLY.replace("Sen. Mark Kelly", "Scott Kelly").replace("Mark Kelly said", "Kelly said"),
     "mark-kelly person Mark Kelly; doug-ducey person Doug Ducey", KELLY_WORDS, "mark-kelly", U),
]


LABEL_ACTORS = "sergei-lavrov person Sergei Lavrov|Lavrov; antony-blinken person Antony Blinken|Blinken"


@pytest.mark.parametrize(("article", "words", "speaker", "verdict"), [
    # words set off as a name in use are the writer's label, not the speech of the sentence's
    # subject, even where a verb of saying stands before them
    ("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Friday that the "
     "so-called \"peace plan\" was a stunt.\n", "peace plan", "sergei-lavrov", U),
    ("MOSCOW (Reuters) - Sergei Lavrov told reporters the so-called “peace plan” was a stunt.\n",
     "peace plan", "sergei-lavrov", U),
    ("MOSCOW (Reuters) - Sergei Lavrov on Friday said what is known as the \"peace plan\" was a "
     "stunt drawn up in Washington.\n", "peace plan", "sergei-lavrov", U),
    ("MOSCOW (Reuters) - Sergei Lavrov said on Friday what has been called a \"peace plan\" in "
     "the West was a stunt.\n", "peace plan", "sergei-lavrov", U),
    # someone the paragraphs never name has no part in it
    ("MOSCOW (Reuters) - Sergei Lavrov said on Friday that the so-called \"peace plan\" was a "
     "stunt.\n", "peace plan", "antony-blinken", X),
    # 'what he called “…”' says whose label it is
    ("MOSCOW (Reuters) - Sergei Lavrov on Friday attacked what he called the \"so-called peace "
     "plan\".\n", "so-called peace plan", "sergei-lavrov", C),
])
def test_a_name_in_use_is_no_ones_words(article: str, words: str, speaker: str, verdict: str):
    assert _verdict(article, LABEL_ACTORS, words, speaker).verdict == verdict


PACE = (  # U.S. Department of Defense, 19 August 2007
    "Reserve component servicemembers also are part of the program. A soldier from Guam received "
    "physical and psychological wounds from his service in Iraq. He wants to get healthy, he said, "
    "so he can deploy with his unit when it goes again. \"We're still warriors, sir,\" he told "
    "Pace.\n"
    "The program has active duty servicemembers in it as well. One active duty soldier involved in "
    "the program went to Camp Zama, Japan, after a very tough tour in Baghdad. He spiraled in "
    "pretty fast, he said -- abusing alcohol and \"messing up.\"\n")


# a person described before a pronoun may be whom it stands for
READINGS += [
    # 'he said' after a sentence that brings in a person by a description alone may be that
    # person's words: the named speaker before is no longer proven
    (PACE, "peter-pace person Peter Pace|Pace", "messing up.", "peter-pace", U),
    # a description that is no new subject ('as a lawyer, he knows') leaves the speaker standing
    ("MANILA — Rodrigo Duterte was sworn in Thursday. \"I know that there are some who do not "
     "approve,\" he said. He also said that as a lawyer, he knows \"the limits of the powers\" of "
     "the president.\n", "rodrigo-duterte person Rodrigo Duterte|Duterte",
     "the limits of the powers", "rodrigo-duterte", C),
]


MUGABE = (  # Wikinews, 29 June 2008
    "Robert Mugabe was recently under a large amount of pressure to postpone the election after "
    "the main opposition candidate, Morgan Tsvangirai, pulled out due to fears of violence. For "
    "example, Ban Ki-moon, secretary general of the United Nations yesterday called for the "
    "election to be postponed. He said that he \"strongly supports the statement of the Chairman "
    "of SADC (Southern African Development Community) that conditions do not exist for a run-off "
    "election to be held at this time and that they should be postponed.\"\n")
GLENN = (  # VOA Learning English, 8 December 2016
    "John Glenn was the last surviving member of a group known as \"the Mercury Seven,\" test "
    "pilots who, in 1959, were chosen to become America’s first astronauts. President Barack Obama "
    "released a statement about Glenn's death. \"Our nation has lost an icon and Michelle and I "
    "have lost a friend,\" he said.\n")
ANDERSEN = (  # VOA, 20 June 2006
    "He was transferred to a chartered plane at the capital city's international airport and was "
    "on his way to The Hague.\n"
    "Peter Andersen, a spokesman for the Special Court, spoke with VOA from the airport shortly "
    "after Taylor's departure.\n"
    "\"The Security Council resolution on Friday, along with the headquarters agreement with the "
    "Dutch authorities provided a legal groundwork for doing that for the transfer,\" he "
    "explained.\n")
ANDERSEN_ACTORS = ("peter-andersen person Peter Andersen; charles-taylor person Charles "
                   "Taylor|Taylor")
MUGABE_ACTORS = ("robert-mugabe person Robert Mugabe; ban-ki-moon person Ban Ki-moon; "
                 "morgan-tsvangirai person Morgan Tsvangirai")
MUGABE_WORDS = "strongly supports the statement of the Chairman of SADC"
KAPTUR = (  # Wikinews, 4 October 2008
    "Representative Jim Ramstad (R Minnesota) switched his vote to yes on Friday.\n"
    "But Representative Marcy Kaptur (D Ohio) was not changing her no vote. \"I will not support "
    "this legislation because it's the wrong medicine,\" she said.\n")
KAPTUR_ACTORS = "marcy-kaptur person Marcy Kaptur; jim-ramstad person Jim Ramstad"
KAPTUR_WORDS = "I will not support this legislation because it's the wrong medicine,"


# a pronoun opening its sentence is the subject before
READINGS += [
    # a pronoun opening its sentence stands for the one person the sentence before names, its
    # subject, whoever the rules took it for
    (MUGABE, MUGABE_ACTORS, MUGABE_WORDS, "ban-ki-moon", C),
    (MUGABE, MUGABE_ACTORS, MUGABE_WORDS, "robert-mugabe", X),
    (KAPTUR, KAPTUR_ACTORS, KAPTUR_WORDS, "marcy-kaptur", C),
    (KAPTUR, KAPTUR_ACTORS, KAPTUR_WORDS, "jim-ramstad", X),
    # someone whose thing the sentence before speaks of is not whom it is about, nor a
    # description set off after the subject's name; across a paragraph's end too
    (GLENN, "barack-obama person Barack Obama; john-glenn person John Glenn", "Our nation has lost "
     "an icon", "barack-obama", C),
    (GLENN, "barack-obama person Barack Obama; john-glenn person John Glenn", "Our nation has lost "
     "an icon", "john-glenn", X),
    (ANDERSEN, ANDERSEN_ACTORS, "The Security Council resolution on Friday", "peter-andersen", C),
    (ANDERSEN, ANDERSEN_ACTORS, "The Security Council resolution on Friday", "charles-taylor", X),
    # not where the sentence before names two people, or the pronoun's own sentence names one
    ("MOSCOW (Reuters) - Sergei Lavrov met Antony Blinken on Friday. \"It is a provocation,\" "
     "he said.\n", PROVOCATION_ACTORS, "It is a provocation,", "antony-blinken", U),
    ("In McLean, Virginia, outside Washington, Ellis Richard Salvia gave his reasons for "
     "supporting Trump.\n\"To save America from people who are putting America down,\" he said.\n",
     "ellis-richard-salvia person Ellis Richard Salvia; donald-trump person Donald Trump|Trump",
     "To save America from people", "donald-trump", U),
    # nor where the sentence before speaks of someone of the other pronoun
    (KAPTUR.replace("was not changing her no vote", "was not changing his no vote").replace(
        "switched his vote", "switched"), KAPTUR_ACTORS, KAPTUR_WORDS, "jim-ramstad", U),
]


SWIRE = (  # Wikinews, 23 May 2012
    "US citizen Susan Cohen, the mother of one of those killed in the Lockerbie bombing, thought "
    "of al-Megrahi as \"a mass murderer\" who \"deserved to die\". However, UK citizen Jim Swire, "
    "father of another victim of the bombing, believes al-Megrahi was not guilty. He described "
    "al-Megrahi's death as \"a sad time\", telling the BBC he was \"satisfied for some years that "
    "this man was nothing to do with the murder of my daughter\".\n")
SWIRE_ACTORS = ("susan-cohen person Susan Cohen; jim-swire person Jim Swire; abdelbaset-al-megrahi "
                "person Abdelbaset al-Megrahi|al-Megrahi")
PERKINS = (  # Wikinews, 28 January 2014, the second paragraph shortened
    "Kiara Perkins, a second year USI art major, admitted she was willing to skip class Thursday "
    "night to attend the opening exhibit.\n"
    "Kevin Allton toured the exhibit with Kiara Perkins. \"Andy Warhol was the center of the "
    "Zeitgeist for the 20th century and everything since,\" he said.\n")
PERKINS_ACTORS = "kiara-perkins person Kiara Perkins; kevin-allton person Kevin Allton"


# a pronoun is not a person the article gives the other
READINGS += [
    # 'he' given to a person the article tells is a woman, by a word of kin by her name or by
    # the pronoun of a sentence about her alone
    (SWIRE, SWIRE_ACTORS, "a sad time", "susan-cohen", X),
    (PERKINS, PERKINS_ACTORS, "Andy Warhol was the center of the Zeitgeist", "kiara-perkins", X),
    (PERKINS, PERKINS_ACTORS, "Andy Warhol was the center of the Zeitgeist", "kevin-allton", U),
    # a sentence about her that speaks of another person too tells nothing
    (PERKINS.replace("admitted she was willing", "said Warhol's fans were wrong, and he was "
                     "willing"), PERKINS_ACTORS, "Andy Warhol was the center of the Zeitgeist",
     "kiara-perkins", U),
]


THOMPSON = (  # Wikinews, 28 January 2014
    "The exhibit opened Thursday night.\n"
    "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, "
    "Fayetteville, said, \"These images serve as documentation of people in his every day life "
    "and art - one which many of us enjoy a glimpse into.\"\n")
THOMPSON_ACTORS = "cynthia-thompson person Cynthia Thompson; kevin-allton person Kevin Allton"


@pytest.mark.parametrize(("speaker", "verdict"), [("cynthia-thompson", C), ("kevin-allton", X)])
def test_a_name_set_off_by_what_it_says_of_them_with_a_place_then_said(speaker: str, verdict: str):
    """'Name, what they are at a body, Place, said, “…”': the place's commas close the phrase set
    off after the name, which is no aside, and the words are that person's."""
    assert _verdict(THOMPSON, THOMPSON_ACTORS, "These images serve as documentation", speaker
                    ).verdict == verdict


KREMLIN = (  # VOA, 9 August 2018
    "Russia on Thursday condemned new U.S. sanctions over the poisoning of a former spy in "
    "Britain.\n"
    "A spokesman for Russian President Vladimir Putin called the measures “unfriendly” and "
    "“unlawful.”\n")
KREMLIN_ACTORS = ("russia state Russia; vladimir-putin person Vladimir Putin@russia; "
                  "us-state-department organization U.S. State Department@united-states; "
                  "russia-foreign-ministry organization Russian Foreign Ministry@russia")


@pytest.mark.parametrize(("speaker", "verdict"), [
    # one who speaks for a person of a known state, brought in without a name, speaks for that
    # state, and for no body of another
    ("russia", C), ("us-state-department", X),
    # nor is the person himself, or another body of his state, settled by it
    ("vladimir-putin", U), ("russia-foreign-ministry", U),
])
def test_a_spokesman_for_a_person_speaks_for_the_persons_state(speaker: str, verdict: str):
    assert _verdict(KREMLIN, KREMLIN_ACTORS, "unfriendly", speaker).verdict == verdict


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "verdict"), READINGS)
def test_each_reading_gives_its_verdict(article: str, actors: str, words: str, speaker: str,
                                        verdict: str):
    assert _verdict(article, actors, words, speaker).verdict == verdict


PESKOV = (  # TASS, 7 December 2021
    "MOSCOW, December 7. /TASS/. The Kremlin sees no indirect confirmations from the United "
    "States there is a possibility of more anti-Russian sanctions, which some foreign mass media "
    "have been speculating about, Russian presidential spokesman Dmitry Peskov told the media on "
    "Tuesday.\n\n"
    "\"I would not react to this (media reports about more sanctions against Moscow), because a "
    "great deal of true things and falsehoods is published these days. I have seen no indirect "
    "confirmations from the White House. I have nothing to say,\" the Kremlin official said.\n")
PESKOV_ACTORS = ("dmitry-peskov person Dmitry Peskov@russia; united-states state United States; "
                 "russia state Russia; joe-biden person Joe Biden@united-states")


BRIEFING_MFA = (  # Chinese Ministry of Foreign Affairs, regular press conference, 10 May 2023
    "Bloomberg: According to Bloomberg, the Italian Prime Minister told US House Speaker Kevin "
    "McCarthy in Rome last week that while the final decision hasn’t been made, her government "
    "may consider an exit from its role in the Belt and Road Initiative. Does the foreign ministry "
    "have any comment? \n\n"
    "Wang Wenbin: Since China and Italy signed a cooperation document on the Belt and Road "
    "Initiative (BRI) between the two governments, fruitful outcomes have been achieved in our "
    "cooperation in such fields as economy and trade, industrial manufacturing, clean energy and "
    "the third market.\n")
BRIEFING_MFA_ACTORS = ("wang-wenbin person Wang Wenbin; qin-gang person Qin Gang; "
                       "kevin-mccarthy person Kevin McCarthy")


BLACK_LIST = (  # UA Position, 30 July 2014
    "The Council of the European Union has adopted additional restrictive measures in view of the "
    "situation in eastern Ukraine and the illegal annexation of Crimea, officially expanding the "
    "sanctions list to 95 individuals and 23 entities.\n"
    "A respective statement was released by the press service of the European Council on "
    "Wednesday.\n"
    "“Eight persons and three entities have been added to the list of those subject to an asset "
    "freeze and a visa ban. This brings the number of persons and entities under EU restrictions "
    "to 95 persons and 23 entities,” reads the statement.\n")
BLACK_LIST_ACTORS = ("european-council organization European Council; russia state Russia; "
                     "ukraine state Ukraine")


FERGUSON = (  # IBTimes, 11 August 2015
    "Lowery, who is covering demonstrations in Ferguson, said his detention in August 2014 was "
    "\"illegal and unnecessary\" and thus said he was surprised to see the court summons.\n"
    "The Huffington Post released a statement to respond to charges against Reilly. \"A crime "
    "was committed at the McDonald's, not by journalists, but by local police who assaulted both "
    "Ryan and Wesley Lowery of The Washington Post during violent arrests,\" Ryan Grim, "
    "Washington bureau chief and Sam Stein, senior politics editor, wrote.\n")
FERGUSON_ACTORS = ("ryan-grim person Ryan Grim; sam-stein person Sam Stein; "
                   "wesley-lowery person Wesley Lowery; ryan-reilly person Ryan Reilly; "
                   "united-states state United States|Washington")

AMNESTY_RELEASE = (  # Wikinews, 28 June 2009
    "In an official release from Amnesty International put out Friday, the organization said "
    "that by their actions of imprisoning journalists, the Iranian authorities were sending a "
    "message that they were only interested in hiding information from the public. \"It is "
    "shocking that journalists – whose job it is to provide information to others – are being "
    "detained,\" read the statement.\n")


# who gives the words, where the rules read no name by them: the true speaker and any wrong one
# got the same warning
NAMED_APART = [
    # '“…,” the Kremlin official said.' right after the sentence naming Peskov alone: the
    # official is he; the state an official speaks for is left to the rules that read it
    *[(PESKOV, PESKOV_ACTORS, "I have nothing to say", speaker, False, verdict)
      for speaker, verdict in [("dmitry-peskov", C), ("united-states", X), ("joe-biden", X),
                               ("russia", U)]],
    # a transcript's line, 'Wang Wenbin: …', without quotation marks: the name before the colon
    *[(BRIEFING_MFA, BRIEFING_MFA_ACTORS, "fruitful outcomes have been achieved", speaker, True,
       verdict) for speaker, verdict in [("wang-wenbin", C), ("qin-gang", X),
                                         ("kevin-mccarthy", X)]],
    # '“…,” reads the statement.' after the sentence saying who released it: its issuer, not
    # the target of its measures
    *[(BLACK_LIST, BLACK_LIST_ACTORS, "Eight persons and three entities", speaker, False, verdict)
      for speaker, verdict in [("european-council", C), ("russia", X), ("ukraine", X)]],
    *[(AMNESTY_RELEASE, AMNESTY_ACTORS, "It is shocking that journalists", speaker, False,
       verdict) for speaker, verdict in [("amnesty-international", C), ("iran", X)]],
    # '“…,” X, title and Y, title, wrote.': each one's, no one else's
    *[(FERGUSON, FERGUSON_ACTORS, "not by journalists, but by local police", speaker, False,
       verdict) for speaker, verdict in [("ryan-grim", C), ("sam-stein", C),
                                         ("wesley-lowery", X), ("ryan-reilly", X)]],
]


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "unmarked", "verdict"),
                         NAMED_APART)
def test_a_speaker_named_apart_from_the_words(article: str, actors: str, words: str,
                                              speaker: str, unmarked: bool, verdict: str):
    assert _verdict(article, actors, words, speaker, unmarked).verdict == verdict


def test_a_speaker_the_article_does_not_name_is_warned_of_with_its_description():
    """The warning said the words' speaker was 'someone who is no actor of the registry' where
    the article describes them ('the organization'): it says the description, which the article
    does not tie to an actor."""
    why = _verdict("Torch on the Potomac is a student group.\n\nA spokesman met them. Then the "
                   "organization on April 25 said, \"We want to provide a platform.\"\n",
                   "luo-qiu person Luo Qiu; gwu organization George Washington University",
                   "We want to provide a platform", "gwu")
    assert why.verdict == U
    assert "gives them to 'the organization" in why.why and "no actor" not in why.why


@pytest.mark.parametrize("speaker", ["ryan-grim", "wesley-lowery"])
def test_a_warning_on_a_registry_person_named_after_the_words_names_them(speaker: str):
    """With Sam Stein missing from the registry, 'Ryan Grim, … and Sam Stein, …, wrote' leaves
    the words open, and the warning said they went to 'someone who is no actor of the registry',
    though Ryan Grim is one: it names him and says what is open."""
    why = _verdict(FERGUSON, FERGUSON_ACTORS.replace("sam-stein person Sam Stein; ", ""),
                   "not by journalists, but by local police", speaker)
    assert why.verdict == U
    # 'Washington' of 'Washington bureau chief' is the bureau's place, no word of the United States
    assert why.why.startswith("the sentence with these words names 'Ryan Grim', and does not "
                              "give them to one of these alone")


# --- wordings that once gave a wrong verdict -------------------------------------------------------

KIRBY_TRANSCRIPT = (
    "Transcript of the briefing, 12 October 2023.\n\n"
    "Q: Admiral, is Iran sending drones to Russia?\n\n"
    "{label}: Both Iran and Russia get better from this partnership, and we will keep watching it."
    "\n\nQ: And the missiles? {label}: We have seen no proof of that yet.\n\n"
    "Q: And China?\n\n"
    "{label}: I have nothing more on that.\n")
KIRBY_ACTORS = "john-kirby person John Kirby; antony-blinken person Antony Blinken"
BIDENS = (
    "President Joe Biden spoke at the White House on Monday.\n\n"
    + "The talks went on for hours in the capital.\n\n" * 6
    + "His son Hunter Biden was there too.\n\n"
    + "\"We will get through this together,\" Biden said.\n")
BIDENS_ACTORS = ("joe-biden person Joe Biden; hunter-biden person Hunter Biden; "
                 "karine-jean-pierre person Karine Jean-Pierre")
BIDENS_APART = (
    "President Joe Biden met his son Hunter Biden at the White House on Monday.\n\n"
    + "The talks went on for hours in the capital.\n\n" * 6
    + "\"We will get through this together,\" Biden said.\n")
DMITRYS = ("Kremlin spokesman Dmitry Peskov and former president Dmitry Medvedev spoke on "
           "Tuesday.\n\n\"We will respond,\" Dmitry said.\n")
DMITRYS_ACTORS = ("dmitry-peskov person Dmitry Peskov{alias}; "
                  "dmitry-medvedev person Dmitry Medvedev; joe-biden person Joe Biden")
SMITH_ACTORS = "mary-smith person Mary Smith; john-doe person John Doe"

ONCE_WRONG = [
    # a transcript's speaker in capitals, with a title or not, is read as 'Kirby:' is; so is a
    # second speaker's label on one line, after the question
    *[(KIRBY_TRANSCRIPT.format(label=label), KIRBY_ACTORS, words, speaker, True, verdict)
      for label in ("KIRBY", "MR. KIRBY", "Mr. Kirby")
      for words in ("Both Iran and Russia get better", "We have seen no proof of that yet")
      for speaker, verdict in [("john-kirby", C), ("antony-blinken", X)]],
    # 'Biden said' where the article names Joe and Hunter Biden in full, one of them six
    # paragraphs back, or both there and one alone in the registry: either's words
    *[(BIDENS, BIDENS_ACTORS, "We will get through this together", speaker, False, verdict)
      for speaker, verdict in [("joe-biden", U), ("hunter-biden", U), ("karine-jean-pierre", X)]],
    *[(BIDENS_APART, BIDENS_ACTORS.replace("hunter-biden person Hunter Biden; ", ""),
       "We will get through this together", speaker, False, verdict)
      for speaker, verdict in [("joe-biden", U), ("karine-jean-pierre", X)]],
    # 'Dmitry said' beside Dmitry Peskov and Dmitry Medvedev: a given name two people share,
    # whichever the registry gives it to
    *[(DMITRYS, DMITRYS_ACTORS.format(alias=alias), "We will respond",
       speaker, False, verdict)
      for alias in ("", "|Dmitry")
      for speaker, verdict in [("dmitry-peskov", U), ("dmitry-medvedev", U), ("joe-biden", X)]],
    # 'he said' read as the one person named, whom the article calls 'she' by a title, a word
    # of kin or her own pronoun: not hers; 'she said' is
    *[(f"{opening} \"We will fix the roads,\" {pronoun} said.\n", SMITH_ACTORS,
       "We will fix the roads", "mary-smith", False, verdict)
      for opening in ("Mrs. Mary Smith spoke at the council meeting on Monday.",
                      "Mary Smith, the mother of two, spoke at the council meeting on Monday.",
                      "Mary Smith said her plan was ready.")
      for pronoun, verdict in [("he", X), ("she", C)]],
]


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "unmarked", "verdict"),
                         ONCE_WRONG)
def test_a_wording_that_once_gave_a_wrong_verdict(article: str, actors: str, words: str,
                                                  speaker: str, unmarked: bool, verdict: str):
    assert _verdict(article, actors, words, speaker, unmarked).verdict == verdict


BRISTOL = (  # Wikinews, 18 April 2008
    "The BBC has reported that the person who was arrested is approximately nineteen years old. "
    "He has been named as Andrew Ibrahim.\n"
    "A representative of the Bristol Cultural Muslim Society commented on the developments, "
    "“We hope the individual concerned is innocent and that this turns out to be a false "
    "alarm.”\n"
    "It has also recently been confirmed by the police that a suspicious object was found at the "
    "scene.\n"
    "He was arrested in Bristol, United Kingdom on suspicion of terrorism earlier today.\n"
    "Rod Hansen, from the police force commented on the arrest. “This has been a large scale "
    "operation,” he said\n")
BRISTOL_ACTORS = ("bristol-cultural-muslim-society organization Bristol Cultural Muslim Society; "
                  "rod-hansen person Rod Hansen")


def test_a_representative_brought_in_without_a_name_is_the_source_described_so():
    """'A representative of … commented on the developments, “…”': the sentence names no one,
    and the source the summary describes so was only warned of; a person named three
    paragraphs on is not the one brought in without a name."""
    registry = {"bristol-cultural-muslim-society": Actor(
        id="bristol-cultural-muslim-society", name="Bristol Cultural Muslim Society",
        kind="organization"), "rod-hansen": Actor(id="rod-hansen", name="Rod Hansen",
                                                   kind="person")}
    words = "We hope the individual concerned is innocent"
    found = matching.find(matching.normalize(BRISTOL), words)
    assert isinstance(found, matching.Match)
    quotes = [Quote(id="q", text=words, source=DescribedSource(
        description="a representative of the Bristol Cultural Muslim Society")),
        Quote(id="r", text=words, speaker="rod-hansen")]
    b = Briefing.model_construct(quotes=quotes)
    given = attribution.verdicts(BRISTOL, {"q": found.spans, "r": found.spans}, b, registry)
    assert given["q"].verdict == C
    assert given["r"].verdict == X


ISAF = (  # U.S. Department of Defense, 20 January 2012
    "\"I would like to express my deepest sympathies to the families of the four brave, French "
    "soldiers killed in today's attack in Kapisa province,” Marine Corps Gen. John R. Allen said "
    "in a statement from Kabul. “Today we mourn with France.”\n"
    "The wounded soldiers and their families “are in my most fervent prayers for healing and "
    "recovery,” the ISAF commander said.\n")
ISAF_ACTORS = ("john-r-allen person John R. Allen; john-kirby person John Kirby; "
               "isaf organization ISAF")


CIA_REPORT = (  # Wikinews, 5 March 2010
    "An investigation by the BBC has revealed that millions of dollars in famine relief aid "
    "money, including the money raised from the charity supergroup Band Aid and the Live Aid "
    "concert held by Bob Geldof, was \"siphoned off\" by Ethiopian rebels to buy weapons.\n"
    "This was also noted in a declassified Central Intelligence Agency assessment of the famine "
    "situation titled Ethiopia: Political and Security Impact of the Drought, in which the report "
    "states, \"Some funds that insurgent organizations are raising for relief operations, as a "
    "result of increased world publicity, are almost certainly being diverted for military "
    "purposes.\"\n")
CIA_ACTORS = ("cia organization Central Intelligence Agency; bbc organization BBC; "
              "bob-geldof person Bob Geldof; christian-aid organization Christian Aid")


GREEN_ON_BLUE = (  # U.S. Department of Defense, 20 January 2012
    "Marine Corps Gen. John R. Allen said in a statement from Kabul that the attack was "
    "deplorable.\n"
    "“We believe that [such incidents] do appear to be increasing in frequency in recent months,"
    "” Kirby said.\n"
    "The great majority of partnered operations, and frankly most of our operations, are "
    "partnered now,” Kirby said. They “are done successfully, smoothly, efficiently and with "
    "good success.”\n")
GREEN_ON_BLUE_ACTORS = ("john-r-allen person John R. Allen; john-kirby person John Kirby; "
                        "isaf organization ISAF")


THUG = (  # VOA, 12 March 2007
    "Police in Zimbabwe have confirmed killing one man and arresting many top opposition leaders "
    "while breaking up a planned anti-government rally in Harare Sunday. Zimbabwe's main "
    "opposition group, the Movement for Democratic Change (MDC) says police killed Gift Tandare "
    "when they fired on innocent, unarmed people. But a police spokesman says the dead man was a "
    "\"thug\" who led an attack on officers. Meanwhile, the fate of MDC leader Morgan "
    "Tsvangirai, who also was arrested Sunday, is unknown.\n")
THUG_ACTORS = ("movement-for-democratic-change organization Movement for Democratic Change|MDC; "
               "zimbabwe-police organization Police in Zimbabwe")


CAMERON = (  # Wikinews, 23 May 2012
    "Jim Swire, father of another victim of the bombing, believes al-Megrahi was not guilty.\n"
    "Current UK Prime Minister David Cameron commented on his belief that al-Megrahi \"should "
    "never have been released from prison\" and said his death was an occasion \"to remember the "
    "270 people who lost their lives in what was an appalling terrorist act\". According to Alex "
    "Salmond, First Minister of Scotland, the investigation into the Lockerbie bombing is "
    "ongoing.\n")
CAMERON_ACTORS = ("david-cameron person David Cameron; alex-salmond person Alex Salmond; "
                  "jim-swire person Jim Swire; united-kingdom state United Kingdom|UK")


PC_WORLD = (  # Wikinews, 8 March 2011
    "According to Secunia.com, IE6 has 277 vulnerabilities.\n"
    "PC World's recent analysis of its own web traffic statistics concluded, \"Usually, Internet "
    "Explorer is the #2 browser after Firefox, but over the past 30 days it's been #3, a couple of "
    "points behind Safari - and nearly tied with Chrome.\"\n")
PC_WORLD_ACTORS = ("pc-world organization PC World; secunia organization Secunia.com; "
                   "microsoft organization Microsoft")

# words whose sentence names no speaker, settled by what the sentences around them say: before,
# the true speaker and every wrong one got the same warning
SETTLED_AROUND = [
    # '“…,” the ISAF commander said.' after Allen's words and a quotation carried on from them:
    # the sentence before the words was the carried-on quotation, which names no one, so Allen
    # was only warned of; the body the description names is left open, which he speaks for.
    *[(ISAF, ISAF_ACTORS, "are in my most fervent prayers", speaker, verdict)
      for speaker, verdict in [("john-r-allen", C), ("john-kirby", X), ("isaf", U)]],
    # '…,” Kirby said. They “are done successfully …”': the sentence names no speaker, so
    # Kirby was only warned of and Allen not refused; a body Kirby may speak for stays open.
    *[(GREEN_ON_BLUE, GREEN_ON_BLUE_ACTORS, "are done successfully", speaker, verdict)
      for speaker, verdict in [("john-kirby", C), ("john-r-allen", X), ("isaf", U)]],
    # '… a declassified Central Intelligence Agency assessment …, in which the report states,
    # “…”': the sentence named no speaker, so the agency was only warned of, and so was any body
    # given the report's words; a person named in the sentence before may be its author.
    *[(CIA_REPORT, CIA_ACTORS, "Some funds that insurgent organizations", speaker, verdict)
      for speaker, verdict in [("cia", C), ("bbc", X), ("christian-aid", X), ("bob-geldof", U)]],
    # "PC World's recent analysis of … concluded, “…”": the analysis is its owner's
    *[(PC_WORLD, PC_WORLD_ACTORS, "Usually, Internet Explorer is the #2 browser", speaker, verdict)
      for speaker, verdict in [("pc-world", C), ("secunia", X), ("microsoft", X)]],
    # 'a police spokesman says the dead man was a “thug”', given to the opposition party named
    # in the sentence before: only warned of, though the description names the police by a word
    # the party's names lack; a body whose name holds the word stays open.
    *[(THUG, THUG_ACTORS, "thug", speaker, verdict)
      for speaker, verdict in [("movement-for-democratic-change", X), ("zimbabwe-police", U)]],
    # 'David Cameron commented on his belief that al-Megrahi “…”': the sentence named no
    # speaker, so Cameron was only warned of and any other person too; his state stays open.
    *[(CAMERON, CAMERON_ACTORS, "should never have been released from prison", speaker, verdict)
      for speaker, verdict in [("david-cameron", C), ("jim-swire", X), ("alex-salmond", X),
                               ("united-kingdom", U)]],
]


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "verdict"), SETTLED_AROUND)
def test_words_settled_by_the_sentences_around_them(article: str, actors: str, words: str,
                                                    speaker: str, verdict: str):
    assert _verdict(article, actors, words, speaker).verdict == verdict


# --- wordings that contradicted a true speaker in two sets of real articles ---------------------

ANJOUAN = (  # Wikinews, 26 March 2008
    "The government spokesman says Bacar has been seen fleeing by canoe.\n"
    "\"Colonel Mohamed Bacar has been spotted in the village of Sadanpoini,\" Abdourahim Said "
    "Bacar said. \"It seems that he is dressed as a woman,\" he added.\n"
    "\"However, this information has not been confirmed,\" said reporter Franck Berruyer.\n")
ANJOUAN_ACTORS = ("abdourahim-said-bacar person Abdourahim Said Bacar; franck-berruyer person "
                  "Franck Berruyer; mohamed-bacar person Mohamed Bacar")
CRIMEA = (  # Wikinews, 13 January 2017
    "Russia-US relations face a potential thaw, as President-Elect Donald Trump moves towards "
    "office. Rex Tillerson, proposed Secretary of State for the Trump administration, implied the "
    "troops would be staying put. He said Russia had claimed Crimea \"as an act of force\" "
    "requiring the US to offer \"a proportional show of force\".\n"
    "Trump's proposed Secretary of Defense, James Mattis, backed NATO yesterday.\n")
CRIMEA_ACTORS = ("rex-tillerson person Rex Tillerson; donald-trump person Donald Trump; "
                 "russia state Russia; james-mattis person James Mattis")
NATO = (  # Wikinews, 3 May 2011
    "Anders Fogh Rasmussen, the chief of NATO, vowed the organization would remain in "
    "Afghanistan. \"NATO allies and partners will continue their mission,\" he said in a "
    "statement.\n"
    "Australia pledged not to withdraw its forces. \"The mission in Afghanistan will continue,\" "
    "Julia Gillard, the Prime Minister, said, saying al-Qaeda \"will continue\".\n")
NATO_ACTORS = ("anders-fogh-rasmussen person Anders Fogh Rasmussen; julia-gillard person Julia "
               "Gillard; nicolas-sarkozy person Nicolas Sarkozy")
TURPIN = (  # Wikinews, 20 April 2019
    "Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing "
    "their children.\n"
    "The judge, Bernard Schwartz, said, \"You have severed the ability to raise your children.\"\n"
    "The father said \"I love my children and I believe my children love me.\"\n")
TURPIN_ACTORS = ("david-turpin person David Turpin; louise-turpin person Louise Turpin; "
                 "bernard-schwartz person Bernard Schwartz")
MDC = (  # Wikinews, 14 June 2008
    "Today, police arrested Morgan Tsvangirai for the fifth time in ten days. \"It is clearly "
    "impossible to talk about a free and fair election in Zimbabwe,\" the MDC said.\n")
MDC_ACTORS = ("movement-for-democratic-change organization Movement for Democratic Change; "
              "morgan-tsvangirai person Morgan Tsvangirai; zanu-pf organization ZANU-PF")
# the short name written beside the name five paragraphs before, further than the speaker
# check reads around the words
MDC_NAMED = ("President Robert Mugabe vowed to go to war if the Movement for Democratic Change "
             "(MDC) wins the election.\n\"We shall never accept it,\" Mugabe said.\n"
             "Mugabe accused Britain of interfering.\nThe opposition accuses ZANU-PF of violence."
             "\nThe run-off is due on June 27.\nObservers from the region are expected.\n" + MDC)
PERINO = (  # U.S. Department of Energy, 2 January 2008
    "Crude oil prices briefly rise above $100 a barrel. The White House says that the Strategic "
    "Petroleum Reserve will not be tapped to bring down prices. \"This President would not use "
    "the reserve to manipulate prices unless there was a true emergency,\" states White House "
    "Press Secretary Dana Perino.\n")
WHITE_HOUSE = (
    "Crude oil prices briefly rise above $100 a barrel. The White House says that the reserve "
    "will not be tapped. \"This President would not use the reserve to manipulate prices,\" the "
    "statement reads. Dana Perino, a spokeswoman for the White House, spoke later.\n")
PERINO_ACTORS = ("dana-perino person Dana Perino; white-house organization White House; "
                 "george-w-bush person George W. Bush")
HODER = (  # Global Voices, 18 June 2005
    "After visiting Moeen campaign headquarters, Hossein Derakhshan (Hoder) reported optimism. "
    "Hoder observed that the showing by Ahmadinejad was the result of “the widening income gap "
    "between upper and lower class.”\n")
HODER_KNOWN = HODER.replace("Hossein Derakhshan (Hoder)", "Hossein Derakhshan, known as Hoder,")
HODER_ACTORS = ("hossein-derakhshan person Hossein Derakhshan; mahmoud-ahmadinejad person "
                "Mahmoud Ahmadinejad")
HAWKINS = (
    "The destroyer sailed through the strait on Tuesday.\n"
    "\"We will keep sailing wherever international law allows,\" said Navy Cmdr. Tim Hawkins, a "
    "spokesman for the fleet.\n")
HAWKINS_ACTORS = "tim-hawkins person Tim Hawkins; china state China; xi-jinping person Xi Jinping"

TRUE_SPEAKERS = [
    # 'said reporter Franck Berruyer': a trade before the name the verb inverts over; the
    # words were read as carrying on the quotation of Abdourahim Said Bacar before them
    *[(ANJOUAN, ANJOUAN_ACTORS, "However, this information has not been confirmed", speaker,
       verdict) for speaker, verdict in [("franck-berruyer", C), ("abdourahim-said-bacar", X)]],
    # 'He said Russia had claimed Crimea “…”': the words are in what Tillerson says, not
    # Russia's own; 'He' may be Trump or Tillerson, so neither is confirmed
    *[(CRIMEA, CRIMEA_ACTORS, words, speaker, verdict)
      for words in ("as an act of force", "a proportional show of force")
      for speaker, verdict in [("rex-tillerson", U), ("james-mattis", X)]],
    # 'will continue', quoted in Rasmussen's words first and then in Gillard's: judged at each
    # place, contradicted only where no place can be the speaker's
    *[(NATO, NATO_ACTORS, "will continue", speaker, verdict)
      for speaker, verdict in [("julia-gillard", C), ("nicolas-sarkozy", X)]],
    # 'The father said' after 'David and Louise Turpin … their children': the family's father
    # may be David Turpin; the judge, of another family, is not him
    *[(TURPIN, TURPIN_ACTORS, "I love my children and I believe my children love me.", speaker,
       verdict) for speaker, verdict in [("david-turpin", U), ("bernard-schwartz", X)]],
    # 'the MDC said': the initials of the Movement for Democratic Change, its own where the
    # article writes them beside its name, at least not another's where it does not
    *[(article, MDC_ACTORS, "It is clearly impossible to talk about a free and fair election",
       speaker, verdict) for article, speaker, verdict in [
        (MDC, "movement-for-democratic-change", U), (MDC, "morgan-tsvangirai", X),
        (MDC, "zanu-pf", X), (MDC_NAMED, "movement-for-democratic-change", C),
        (MDC_NAMED, "morgan-tsvangirai", X)]],
    # '“…,” states White House Press Secretary Dana Perino': 'states' after the words, and the
    # body that opens her office is not the one who speaks
    *[(PERINO, PERINO_ACTORS, "This President would not use the reserve", speaker, verdict)
      for speaker, verdict in [("dana-perino", C), ("george-w-bush", X)]],
    # 'The White House says … “…”' with Perino a spokeswoman for it: the body she speaks for
    *[(WHITE_HOUSE, PERINO_ACTORS, "This President would not use the reserve", speaker, verdict)
      for speaker, verdict in [("dana-perino", U), ("white-house", C), ("george-w-bush", X)]],
    # 'Hossein Derakhshan (Hoder)', 'Hossein Derakhshan, known as Hoder': the pen name the
    # article gives him
    *[(article, HODER_ACTORS, "the widening income gap between upper and lower class.", speaker,
       verdict) for article in (HODER, HODER_KNOWN)
      for speaker, verdict in [("hossein-derakhshan", C), ("mahmoud-ahmadinejad", X)]],
    # 'said Navy Cmdr. Tim Hawkins': the rank's full stop ends no sentence
    *[(HAWKINS, HAWKINS_ACTORS, "We will keep sailing wherever international law allows,",
       speaker, verdict) for speaker, verdict in [("tim-hawkins", C), ("xi-jinping", X)]],
]


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "verdict"), TRUE_SPEAKERS)
def test_a_true_speaker_is_never_contradicted(article: str, actors: str, words: str, speaker: str,
                                             verdict: str):
    assert _verdict(article, actors, words, speaker).verdict == verdict
# --- a surname more than one person has --------------------------------------------------------

BASRA = (  # Wikinews, 27 March 2008
    "Prime Minister Nouri al-Maliki has been in Basra since Monday to personally supervise "
    "Operation Sulat al-Fursan (Knights Charge) which the authorities described as designed to "
    "reimpose law and order. Today, he gave an ultimatum to the militants, giving them 72 hours to "
    "surrender. \"Otherwise, they will face the most severe penalties,\" Maliki said in a televised "
    "statement.\n")
BASRA_ACTORS = ("nouri-al-maliki person Nouri al-Maliki; nouri-maliki person Nouri Maliki; "
                "kevin-bergner person Kevin Bergner")


@pytest.mark.parametrize(("speaker", "verdict"), [
    ("nouri-al-maliki", U), ("nouri-maliki", U), ("kevin-bergner", X)])
def test_a_name_at_the_words_that_fits_two_registry_people_is_either_of_theirs(speaker, verdict):
    """'Maliki said', with Nouri al-Maliki and Nouri Maliki both in the registry, was read as
    naming no one: the words went to the sentence before, whose 'he' went to 'the authorities',
    and contradicted the prime minister who said them."""
    found = _verdict(BASRA, BASRA_ACTORS, "Otherwise, they will face the most severe penalties",
                     speaker)
    assert found.verdict == verdict
    if verdict == X:
        assert found.name == "'Maliki'"
    else:
        assert "'Maliki', a name more than one person it or the registry names" in found.why


@pytest.mark.parametrize("speaker", ["nouri-al-maliki", "nouri-maliki", "kevin-bergner"])
def test_a_pronoun_for_a_name_two_registry_people_fit_is_no_ones(speaker):
    """'he' after 'Maliki', a name two registry people fit: no one's name, never the pronoun
    itself given as the speaker that contradicts each of them."""
    article = ("Nouri al-Maliki spoke in Basra on Monday.\nOn Tuesday the militants met Maliki in "
               "the city. \"We will talk to them,\" he said.\n")
    assert _verdict(article, BASRA_ACTORS, "We will talk to them", speaker).verdict == U


def test_he_is_never_a_plural_source_named_before():
    """'he' after 'which the authorities described as …' was read as the authorities, a source
    no one person is, and the words after it were refused to the man the paragraph is about."""
    article = BASRA.replace(" Maliki said in a televised statement.", "").replace(",\"", ".\"")
    assert _verdict(article, "nouri-al-maliki person Nouri al-Maliki",
                    "Otherwise, they will face the most severe penalties",
                    "nouri-al-maliki").verdict == C


# a 'he' read as the last named speaker, after pronouns that began with a guess
ON_AIR = ("Gen. Tom Ward, appearing on a morning program, spoke with host Ann Reed about the "
          "raid.\n\nTerming the raid a success, the general emphasized that the fight goes on. "
          "\"We will finish it,\" he said. But the plan held, he added. \"We're exactly on plan,\" "
          "he said.\n")
ON_AIR_NAMED = ON_AIR.replace("Terming the raid a success, the general emphasized",
                              "Ward said")
ON_AIR_ACTORS = "tom-ward person Tom Ward; ann-reed person Ann Reed"


@pytest.mark.parametrize(("article", "speaker", "verdict"), [
    # the first 'he' is a guess at the last person named (the host), and the 'he' that follows
    # 'he added' is no better: neither confirms nor contradicts anyone
    (ON_AIR, "tom-ward", U), (ON_AIR, "ann-reed", U),
    # a chain of pronouns that starts at a name is that name's
    (ON_AIR_NAMED, "tom-ward", C), (ON_AIR_NAMED, "ann-reed", X)])
def test_a_pronoun_after_pronouns_that_began_with_a_guess_is_a_guess(article: str, speaker: str,
                                                                     verdict: str):
    assert _verdict(article, ON_AIR_ACTORS, "We're exactly on plan", speaker).verdict == verdict


ON_THE_SHOW = ("Tom Ward appeared on the show. \"That is a bold claim,\" said {trade} Ann Reed.\n")


@pytest.mark.parametrize("trade", ["host", "anchor", "talk show host", "fellow panelist"])
@pytest.mark.parametrize(("speaker", "verdict"), [("ann-reed", C), ("tom-ward", X)])
def test_a_trade_before_a_name_the_verb_inverts_over_names_the_speaker(trade: str, speaker: str,
                                                                        verdict: str):
    """'said host Ann Reed': the host speaks, not the person the sentence before named; before,
    only trades the rules knew as people's ('reporter') named her, and Tom Ward was confirmed."""
    assert _verdict(ON_THE_SHOW.format(trade=trade), "ann-reed person Ann Reed; tom-ward person "
                    "Tom Ward", "That is a bold claim", speaker).verdict == verdict
