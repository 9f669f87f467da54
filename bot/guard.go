package bot

import (
	"regexp"
	"strings"

	"citizenbot/knowledge"
)

// Abuse is what kind of misuse a message attempts, if any.
type Abuse int

// The kinds of abuse CheckAbuse tells apart.
const (
	AbuseNone      Abuse = iota // an ordinary question
	AbuseInjection              // tries to override the bot's instructions, extract its prompt or make it play a role
	AbuseOffensive              // insults, asks for hateful output or for instructions to build weapons
)

// String returns the kind's name, for logs.
func (a Abuse) String() string {
	switch a {
	case AbuseInjection:
		return "injection"
	case AbuseOffensive:
		return "offensive"
	}
	return "none"
}

// CheckAbuse classifies a message, German or English, before it reaches the
// search or a language model. It matches phrases, not single words, on the
// folded text (lower case, umlauts written out, punctuation as spaces), so
// that citizens' questions using the same words in their ordinary sense pass:
// "wenn ich den Bescheid ignoriere", "Zahlungsanweisung", "welche Rolle
// spielt", "Waffenschein beantragen", "mich Arschloch genannt, Anzeige?".
// Injection outranks Offensive when a message is both.
func CheckAbuse(text string) Abuse {
	s := strings.Join(knowledge.Words(text), " ")
	padded := " " + s + " "
	for _, r := range abuseRules {
		if mentionsAny(padded, r.triggers) && r.matches(s) {
			return r.kind
		}
	}
	return AbuseNone
}

// abuseRule is one family of phrases. Its pattern is tried only if the text
// has one of its trigger words: most messages have none, and a regexp with
// many alternatives is slow to search.
type abuseRule struct {
	kind     Abuse
	triggers []string // substrings of the folded text with a space added at either end
	re       *regexp.Regexp
	// imperative skips matches right after a subject pronoun: "ignore all
	// previous instructions" is an order to the bot, "what happens if I
	// ignore all previous instructions" a citizen's question.
	imperative bool
	// unless is context in which a match is legitimate.
	unless *regexp.Regexp
}

// matches reports whether the rule applies to the folded text s.
func (r abuseRule) matches(s string) bool {
	if r.unless != nil && r.unless.MatchString(s) {
		return false
	}
	if !r.imperative {
		return r.re.MatchString(s)
	}
	for _, m := range r.re.FindAllStringIndex(s, -1) {
		before := strings.TrimRight(s[:m[0]], " ")
		switch before[strings.LastIndexByte(before, ' ')+1:] {
		case "i", "we", "he", "she", "they", "ich", "wir", "er", "man":
			continue
		}
		return true
	}
	return false
}

func mentionsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// phraseRe joins alternatives into one pattern matching whole words.
func phraseRe(alts ...string) *regexp.Regexp {
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// abuseRules, in order: the first that matches decides. The patterns run on
// folded text ("ae" for "ä", "ss" for "ß", words separated by one space).
var abuseRules = []abuseRule{
	// Prompt extraction.
	{kind: AbuseInjection, triggers: []string{"system", "prompt", "instructions"}, re: phraseRe(
		`system ?prompts?|systemprompt\w*|system ?message|systemnachricht\w*|systemanweisung\w*`,
		`(?:initial|hidden|secret|original) (?:prompt|instructions)|pre ?prompt|meta ?prompt`)},
	{kind: AbuseInjection, triggers: []string{"your", "dein", "eure"}, re: phraseRe(
		`(?:show|print|reveal|display|output|repeat|tell|leak|dump|write|list|spell|zeig\w*|nenn\w*|gib|verrat\w*|wiederhol\w*|schreib\w*|liste) (?:\w+ ){0,2}?(?:your|deine\w*|dein|eure\w*) (?:\w+ )?(?:prompt|instructions|anweisungen|instruktionen|programmierung|konfiguration|configuration)`)},
	{kind: AbuseInjection, triggers: []string{"above", "so far", "preceding", "before this"}, re: phraseRe(
		`(?:repeat|print|output|show|write|copy|reproduce) (?:\w+ ){0,3}?(?:words|text|everything|lines|content|sentences|tokens|messages?) (?:\w+ ){0,2}?(?:above|before this|so far|preceding)`,
		`(?:ignore|disregard|forget) (?:all |everything |anything )?(?:the |that |what s |what is |what was )?(?:text |said |written )?above(?: (?:and|then|now|please|instead|text|prompt|message|instructions?)\b|$)`)},
	{kind: AbuseInjection, triggers: []string{"wiederhol"}, re: phraseRe(
		`wiederhol\w* (?:\w+ ){0,3}?(?:text|woerter|worte|saetze|alles|nachricht\w*|inhalt|zeilen|anweisung\w*) (?:\w+ ){0,2}?(?:oben|darueber|davor|vorher|bisher)`)},

	// Role play and jailbreaks.
	{kind: AbuseInjection, triggers: []string{"pretend", "imagine", "role", "play", "character", "no longer", "now", "act "}, re: phraseRe(
		`(?:pretend|imagine) (?:that )?(?:you are|you re|to be|you have no)|role ?play\w*|play the role of|stay in character`,
		`you (?:are|re) no longer|from now on you|you (?:are|re) now (?:a|an|my|in|dan|free|unrestricted|uncensored|called|named)`,
		`(?:^|(?:please|now|want you to|need you to|you will|you must|you should|from now on|can you|could you|would you) )act (?:as|like)|act as (?:if|though) you`)},
	{kind: AbuseInjection, triggers: []string{"dan ", "anything now", "mode", "modus", "jailbr"}, re: phraseRe(
		`do anything now|dan mode|(?:du bist|you are|you re) (?:\w+ )?dan`,
		`(?:developer|dev|entwickler|god|debug|admin|jailbreak|unrestricted|uncensored|unzensiert\w*|unbeschraenkt\w*) ?(?:mode|modus)|jailbr(?:eak|oken|eaking)\w*`)},
	{kind: AbuseInjection, triggers: []string{"bist du", "du bist", "so als", "verhalte dich", "gib dich als"}, re: phraseRe(
		`du bist (?:jetzt|nun|ab jetzt|ab sofort|von nun an|ab heute) (?:dan|nicht mehr|kein (?:bot|chatbot|assistent)|keine ki|ein anderer|eine andere|ein neuer|eine neue|eine? \w+ ohne|eine? unzensiert\w*|eine? boese\w*)|(?:ab jetzt|ab sofort|von nun an) bist du`,
		`tue? (?:mal |bitte |einfach )*so als (?:ob du|waerst du|seist du|wuerdest du|du)|verhalte dich (?:wie|als)|gib dich als`)},

	// Orders to drop the instructions or to play a role.
	{kind: AbuseInjection, imperative: true, triggers: []string{"ignore", "disregard", "forget", "override", "bypass", "skip"}, re: phraseRe(
		`(?:ignore|disregard|forget|override|bypass|skip) (?:\w+ ){0,3}?(?:all|any|every|your|previous|prior|above|earlier|preceding|former|initial|original|system|foregoing)(?: \w+){0,2}? (?:instructions?|prompts?|rules|guidelines|directives|directions|programming|guardrails|restrictions|constraints|filters|policies|commands|messages|context|training)`,
		`(?:ignore|disregard|forget) (?:everything|all|anything) (?:you (?:were|have been|ve been) told|before this)`)},
	{kind: AbuseInjection, imperative: true, triggers: []string{"vergiss", "vergesst", "vergessen sie", "ignorier", "missacht", "ueberschreib", "rolle"}, re: phraseRe(
		`(?:vergiss|vergesst|vergessen sie|ignoriere|ignorier|ignorieren sie|missachte|missachten sie|ueberschreibe) (?:\w+ ){0,3}?(?:alle|saemtliche|jegliche|deine|eure|bisherige\w*|vorherige\w*|vorige\w*|obige\w*|vorangegangene\w*|urspruengliche\w*|system\w*)(?: \w+){0,3}? (?:anweisung\w*|instruktion\w*|regeln|vorgaben|befehle|richtlinien|einschraenkungen|beschraenkungen|prompts?|systemprompt\w*|programmierung)`,
		`(?:spiel|spiele|uebernimm|nimm|schluepf|schluepfe) (?:\w+ ){0,2}?(?:in )?(?:die |eine )?rolle`)},

	// Requests for hateful or obscene output and for insults: an order at
	// the start of the message or after "bitte", "can you" and the like, or
	// "kannst du … erzählen"; jokes about a group of people.
	{kind: AbuseOffensive, triggers: offensiveWords, re: phraseRe(
		`(?:^|(?:bitte|please|jetzt|now|und|and|dann|then|just|einfach|mal|can you|could you|would you|will you|kannst du|koenntest du|want you to|need you to) )`+
			`(?:schreib|schreibe|schreiben sie|erzaehl|erzaehle|erzaehlen sie|mach|mache|generier|generiere|formulier|formuliere|dichte|verfasse|erstell|erstelle|gib|geben sie|nenn|nenne|write|tell|make|generate|create|compose|give|say) `+
			`(?:mir |me |uns |us |bitte |please |mal |doch )*(?:einen |eine |ein |einige |ein paar |some |an |a |the )?(?:\w+ )?`+offensiveText,
		`(?:kannst du|koenntest du|wuerdest du) (?:\w+ ){0,4}?`+offensiveText+` (?:\w+ ){0,2}?(?:erzaehlen|schreiben|sagen|machen|dichten|nennen|formulieren|verfassen|geben)`)},
	{kind: AbuseOffensive, triggers: []string{"witz", "joke"}, unless: reportingRe, re: phraseRe(
		`(?:witz\w*|joke|jokes) (?:ueber|about) (?:\w+ )?(?:auslaender|juden|muslime|moslems|schwarze|tuerken|fluechtlinge|migranten|schwule|lesben|behinderte|immigrants|refugees|jews|muslims|black people|gays|disabled people)`)},
	{kind: AbuseOffensive, imperative: true, triggers: []string{"beleidig", "beschimpf", "verspott", "mobbe", "insult", "roast"}, re: phraseRe(
		`(?:beleidige|beleidig|beschimpfe|beschimpf|verspotte|mobbe) (?:\w+ )?(?:mich|ihn|sie|den|die|das|meinen|meine|meiner|meinem|diese\w*|jemand\w*|alle|einen|eine)`,
		`(?:^|(?:please|now|can you|could you|would you|want you to|need you to|go|just) )(?:insult|roast) (?:\w+ )?(?:my|me|him|her|them|the|this|these|someone|somebody|everyone|people)`)},

	// Insults at the bot or a person, profanity and slurs, unless the
	// citizen quotes them to ask what to do about them.
	{kind: AbuseOffensive, triggers: insultWords, unless: reportingRe, re: phraseRe(
		`(?:du|you|u)(?: bist| are| re)?(?: ein| eine| einer| so ein| so eine| a| an| such a| such an| total| totally| voll| richtig| echt| so| fucking| verdammte\w*| verfickte\w*| dumme\w*| bloede\w*| stupid| dumb)* (?:idiot\w*|vollidiot\w*|depp|trottel|arsch|schwachkopf|dummkopf|penner|versager|moron|dumbass|jerk|dumm|bloed|sau|schwein|kuh)`,
		`sie (?:idiot\w*|vollidiot\w*|depp|trottel|schwachkopf|dummkopf|penner|versager)`,
		`(?:bist du|are you) (?:\w+ )?(?:dumm|bloed|bescheuert|ein idiot|stupid|dumb|an idiot|a moron)`,
		`(?:dumme\w*|bloede\w*|scheiss\w*|beschissene\w*|verfickte\w*|kack\w*|stupid|dumb|fucking|shitty) (?:bot|chatbot|maschine|programm|ki|ai|machine|ding)`,
		`fick\w*|fuck\w*|motherfuck\w*|arschloch\w*|arschloecher|hurensohn|hurensoehne|hurenkind\w*|wichser|fotze\w*|missgeburt\w*|spast|spasti|schwuchtel\w*|kanake\w*|neger\w*|nigger\w*|nigga\w*|faggot\w*|retard\w*|cunt\w*|asshole\w*|bitch\w*|whore\w*|schlampe\w*|nutte\w*`,
		`verpiss dich|halt (?:die|deine|dein) (?:fresse|maul|klappe)|halts maul|leck mich|piss off|kill yourself|sieg heil|heil hitler`)},

	// How to build weapons, explosives or poisons, the verb before or after
	// the object, unless the citizen asks about the permits for them.
	{kind: AbuseOffensive, triggers: harmfulWords, unless: permitRe, re: phraseRe(
		`(?:wie|how|anleitung\w*|instructions?|rezept\w*|recipe|guide|tutorial|bauplan|blueprint|step by step|schritt fuer schritt|explain|erklaer\w*|teach me) (?:\w+ ){0,5}?`+buildVerb+`(?: \w+){0,4}? `+harmful,
		`(?:wie|how|anleitung\w*) (?:\w+ ){0,5}?`+harmful+` (?:\w+ ){0,2}?(?:`+buildVerb+`|her)`)},
}

var (
	// reportingRe: a citizen quoting an insult.
	reportingRe = phraseRe(`genannt|beschimpft|beleidigt|beleidigung\w*|anzeige\w*|strafbar\w*|called me|insulted`)
	// permitRe: the legitimate services around weapons and explosives.
	permitRe = phraseRe(`\w*(?:erlaubnis|genehmigung|antrag|beantrag|lizenz|licen[cs]e|permit|waffenschein|waffenbesitzkarte|sprengstoffgesetz|befaehigungsschein|sachkunde|gewerbe|zulassung)\w*|legal\w*`)

	offensiveWords = []string{"rassist", "sexist", "antisemit", "homophob", "transphob", "islamophob", "feindlich",
		"volksverhetz", "menschenverachtend", "beleidig", "hasserfuell", "obszoen", "racist", "misogyn", "offensive",
		"insult", "hateful", "obscene", "nazi", "hate speech", "schimpfwoerter", "slur"}
	insultWords = []string{"idiot", "depp", "trottel", "arsch", "schwachkopf", "dummkopf", "penner", "versager",
		"moron", "dumbass", "jerk", "dumm", "bloed", " sau ", "schwein", " kuh ", "stupid", "dumb", "bescheuert",
		"scheiss", "beschissen", "verfickt", "kack", "shitty", "fick", "fuck", "huren", "wichser", "fotze",
		"missgeburt", "spast", "schwuchtel", "kanake", "neger", "nigg", "faggot", "retard", "cunt", "asshole",
		"bitch", "whore", "schlampe", "nutte", "verpiss", "fresse", "maul", "klappe", "leck mich", "piss off",
		"kill yourself", "sieg heil", "heil hitler"}
	harmfulWords = []string{"bomb", "spreng", "explosive", "molotow", "molotov", " ied", "waffe", "weapon", "gun",
		"pistole", "gewehr", "firearm", "giftgas", "nervengas", "nerve agent", "sarin", "rizin", "ricin",
		"anthrax", "napalm", "thermit", "granate", "grenade", "booby trap"}
)

// offensiveText is what makes a requested text hateful or obscene;
// buildVerb and harmful make up the weapons pattern: making something that
// kills.
const (
	offensiveText = `(?:rassist\w*|sexist\w*|antisemit\w*|homophob\w*|transphob\w*|islamophob\w*|\w*feindlich\w*|volksverhetzend\w*|menschenverachtend\w*|beleidigend\w*|hasserfuellt\w*|obszoen\w*|racist|misogynistic|offensive|insulting|hateful|obscene|nazi\w*|hate speech|beleidigung\w*|insults?|schimpfwoerter|slurs?)`
	buildVerb     = `(?:bau|baue|bauen|baut|baust|mache|machen|build|building|make|making|herstellen|herstelle|herstellung|bastel|basteln|bastle|mix|mixing|mische|mischen|create|construct|constructing|assemble|assembling|drucke|drucken|druck|print|printing|cook|cooking|koche|kochen|synthesize|synthesise|synthesis)`
	harmful       = `(?:bombe\w*|bomb|bombs|sprengsatz\w*|sprengsaetze|sprengstoff\w*|explosive\w*|rohrbombe\w*|molotow\w*|molotov\w*|pipe ?bombs?|ieds?|schusswaffe\w*|waffe|waffen|weapons?|guns?|pistole\w*|gewehr\w*|firearms?|giftgas\w*|nervengas\w*|nerve agents?|sarin|rizin|ricin|anthrax|napalm|thermit\w*|handgranate\w*|granate\w*|grenades?|sprengfalle\w*|booby traps?|biowaffe\w*|bioweapons?)`
)
