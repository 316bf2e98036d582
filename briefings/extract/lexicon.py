"""General word lists the extractors share: titles, reporting verbs, name particles. Nothing story-specific."""

from __future__ import annotations

TITLE_WORDS = frozenset(
    """president president-elect vice-president prime minister premier chancellor secretary secretary-general
    undersecretary under-secretary spokesperson spokesman spokeswoman aide adviser advisor ambassador envoy
    senator sen. sen rep. representative congressman congresswoman governor gov. mayor king queen prince princess
    pope emperor general gen. gen admiral colonel col. lieutenant lt. lt captain capt. capt sergeant sgt commander
    chief director
    ceo cfo coo cto chairman chairwoman chair chairperson founder co-founder head leader judge justice attorney
    prosecutor commissioner deputy vice dr. dr doctor professor prof. mr. mrs. ms. mr mrs ms sir dame lord lady
    rabbi imam bishop cardinal archbishop sheikh emir prophet crown officer official analyst expert economist researcher
    scientist correspondent reporter editor columnist author lawmaker legislator diplomat negotiator coach manager
    speaker councillor councilor minister-president president's chancellor's strategist pollster historian
    consultant lawyer activist campaigner assistant associate treasurer master clerk registrar sheriff inspector
    superintendent principal dean provost rector warden magistrate counsel solicitor barrister auditor comptroller
    controller alderman trustee executive engineer architect surgeon physician nurse pilot journalist
    scientist physicist chemist seismologist epidemiologist virologist meteorologist climatologist geologist
    sociologist psychologist biologist criminologist det. det detective sgt. sgt cpl. pvt. supt. insp.
    geophysicist rev. rev reverend pastor assessor agent anchor""".split()
)
COURTESY_TITLES = frozenset("mr. mrs. ms. mr mrs ms dr. dr sir dame lord lady rev. rev".split())
# Words that belong to a title phrase when they stand between a title word and a name.
TITLE_CONTINUATIONS = frozenset(
    """state defense defence treasury commerce energy justice interior agriculture labor labour education health
    transportation homeland security foreign affairs finance economy trade staff war""".split()
)
TITLE_MODIFIERS = frozenset(
    "former acting deputy top senior chief interim then current outgoing incoming special".split()
)
PLURAL_TITLES = frozenset(
    """presidents ministers leaders officials senators governors ambassadors envoys aides advisers advisors
    analysts experts diplomats secretaries lawmakers officers""".split()
)
NAME_PARTICLES = frozenset(
    "de da del della di van von der den la le bin ibn al el ter du dos das st.".split()
)
REPORTING_VERBS = frozenset(
    """said says say told tells wrote writes added adds stated states noted notes explained explains argued argues
    warned warns insisted insists claimed claims declared declares announced announces confirmed confirms
    described describes characterized characterised characterizes remarked observed acknowledged acknowledges
    emphasized emphasised emphasizes stressed stresses tweeted posted replied responded commented asked urged
    predicted suggested cautioned conceded admitted recalled continued concluded saying stating noting adding
    writing telling explaining warning insisting arguing describing""".split()
)
# Capitalised words that end a name run and are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """university college school institute house office ministry department council union nations bank agency
    party times news post press social media network tv radio kingdom republic states federation sea ocean river
    island islands region province city county district war summit treaty agreement agreements act plan
    revolution missile missiles day administration government parliament congress senate assembly court
    committee commission company inc corp ltd group foundation fund organization organisation center centre
    review journal army navy forces force airport street square church mosque temple palace kremlin white
    today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec quick take key latest update breaking live watch analysis opinion editorial timeline sources source
    read more also technologies technology systems capital holdings partners labs inc corp corporation company
    group bank motors airlines airways energy networks pharmaceuticals therapeutics industries solutions software
    ventures securities investments brands foods logistics telecom communications entertainment studios
    avenue road boulevard lane highway bridge area bay valley park police bureau division unit chronicle daily
    tribune gazette herald engineers consulting associates republican republicans democrat democrats
    democratic conservative conservatives liberal liberals though although however even still yet meanwhile
    instead indeed international global regional hospital clinic hotel stadium museum library prison cathedral
    academy embassy""".split()
)
ROLE_NOUNS = TITLE_WORDS | frozenset(
    """refugee resident figure veteran student mother father worker voter witness survivor member fellow
    observer critic supporter owner entrepreneur investor host presenter artist writer mate wife husband son
    daughter brother sister mother-in-law friend partner neighbor neighbour victim suspect colleague candidate
    nominee challenger opponent rival anchor singer actor actress star player rapper model comedian musician
    teacher farmer driver pilot soldier officer detective woman man girl boy winner dictator""".split()
)
