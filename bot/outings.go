package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// Where to go out, skate, swim, eat, party or stroll a market ("Wo kann man in
// Kreuzberg abends gut essen gehen?", "Where can I go ice skating outside this
// winter?", "Welche Museen kann man sonntags umsonst besuchen?", "Gibt es eine
// Stelle, wo Hunde baden dürfen?", "Which Christmas markets are free to
// enter?") is for the city's tourist information: a catalogue of services has
// none of it, and a word of the question (the dog taken along, New Year's
// Eve's fireworks) would find a service. A sentence that asks asks so when it
// asks where or which (outingAsks), names a pastime (outingWords,
// outingPhrases) that is not the asker's own business ("unser Café",
// ownDeterminers). The question must name, in any sentence, no step of a
// procedure (procedureWords, or a permit by its end: permitEnds), no report or
// complaint (reportWords) and no opening, running or selling at a business
// (businessVerbs): "Wo dürfen wir im Park feiern? Brauchen wir eine
// Erlaubnis?", "Wo kann ich Müll am Badesee melden?", "Where can I open a
// café?", "Which documents do I need to sell mulled wine at a Christmas
// market?" ask for a service. Nor may it name a job ("Starting a job in a café
// – where do I get the food hygiene certificate?"), a pass or discount
// ("Welche Museen kann man mit dem berlinpass billiger besuchen?" asks for the
// pass), a wedding ("Wo kann man am Strand heiraten?") or learning ("Wo kann
// mein Sohn tanzen lernen?"), the recognition of a trade learnt abroad ("Ich
// habe in Kyjiw im Museum gearbeitet. Welche Anerkennung brauche ich?"),
// funding, seniors ("Wo kann meine Mutter als Rentnerin tanzen gehen?": the
// district's offers for seniors), the education and participation package, or
// noise ("Bis wann dürfen wir im Garten laut feiern?"), or the papers or the
// pitch of a stall ("Wo bekomme ich einen Standplatz auf dem
// Weihnachtsmarkt?"): the words of serviceContexts, which name what the
// catalogue's entries that mention a pastime are about.
var (
	outingAsks  = []string{"wo", "welche", "welcher", "welches", "welchen", "where", "which"}
	outingWords = []string{
		"schlittschuhlaufen", "schlittschuh", "eislaufen", "eisbahn", "eisbahnen", "rodeln", "feiern", "tanzen", "brunchen", "grillen",
		"museum", "museen", "kino", "kinos", "restaurant", "restaurants", "cafe", "cafes", "badesee", "badeseen", "strand", "straende",
		"ausflugsziel", "ausflugsziele", "sehenswuerdigkeiten", "baden", "hundestrand", "hundestraende",
		"skating", "sledding", "partying", "dancing", "brunch", "barbecue", "museums", "cinema", "cinemas", "bars",
		"beach", "beaches", "lakes", "sightseeing",
		"weihnachtsmarkt", "weihnachtsmaerkte", "weihnachtsmaerkten", "flohmarkt", "flohmaerkte", "flohmaerkten",
		"weihnachtsmaerke", // a frequent misspelling
	}
	outingPhrases = [][]string{
		{"essen", "gehen"}, {"schwimmen", "gehen"}, {"ins", "wasser"}, {"eat", "out"}, {"go", "out"}, {"go", "swimming"},
		{"christmas", "market"}, {"christmas", "markets"}, {"flea", "market"}, {"flea", "markets"},
	}
	businessVerbs = []string{
		"eroeffnen", "eroeffne", "betreiben", "betreibe", "aufmachen", "verkaufen", "verkaufe",
		"open", "opening", "run", "running", "sell", "selling",
	}
	// permitEnds end a word of a permit: "Drehgenehmigung",
	// "Sondernutzungserlaubnis".
	permitEnds      = []string{"genehmigung", "erlaubnis", "permit", "licence", "license"}
	reportWords     = []string{"melden", "melde", "meldet", "beschweren", "beschwere", "beschwerde", "report", "complain", "complaint"}
	serviceContexts = []string{
		"job", "jobs", "jobben", "arbeiten", "arbeite", "arbeitet", "gearbeitet", "arbeit", "work", "working", "worked", "ausbildung",
		"cook", "koch", "koechin", "anerkennung", "anerkennen", "anerkannt", "recognition", "recognised", "recognized",
		"foerderung", "gefoerdert", "stipendium", "funding", "grant", "grants",
		"pass", "berlinpass", "familienpass", "sozialticket", "ermaessigung", "ermaessigt", "rabatt", "guenstiger", "billiger",
		"discount", "discounts", "reduced", "cheaper",
		"heiraten", "hochzeit", "trauung", "marry", "married", "wedding",
		"lernen", "lernt", "kurs", "kurse", "learn", "learning", "lessons", "course", "courses",
		"senioren", "seniorin", "senior", "seniors", "rentner", "rentnerin", "pensioner", "elderly",
		"bildungspaket", "teilhabe", "ticket", "laut", "laerm", "ruhe", "nachtruhe", "loud", "noise",
		"unterlagen", "standplatz", "documents", "stall",
	}
)

// A clause of the sentences that ask asks for a pastime, too, when it asks
// what to do (whatWords and a verb of doWords) in bad weather
// (rainyWords) and names no condition (conditionWords): "Was kann man bei
// Regen mit Kindern unternehmen?", "What can we do on a rainy day?".
// Without the weather, "Was kann ich tun" and "What can I do" ask how to
// go about a matter more often than where to go, and so do "Was kann ich
// machen, wenn bei Regen das Dach tropft?" and "Was kann ich machen, mein
// Keller ist nach dem Regen vollgelaufen?", whose rain is another clause's.
var (
	rainyWords     = []string{"regen", "regenwetter", "regentag", "verregnet", "verregneten", "rainy"}
	whatWords      = []string{"was", "what"}
	doWords        = []string{"unternehmen", "machen", "do"}
	conditionWords = []string{"wenn", "falls", "if", "when"}
)

// leisureListings is whom the bot names for a pastime, as the referral
// sentence names a responsible body: the tourist information, which the
// referrals name for sights and restaurant tips too.
const leisureListings = "die Tourist-Information der Stadt | the city's tourist information"

// A question that asks which permit the asker needs ("Welche Genehmigung
// brauche ich, wenn ich gewerblich Tagesausflüge für Touristen fahren
// will?", "I want to offer sightseeing day trips for tourists. What
// licence do I need?") asks for the city's licence, however much it speaks
// of pastimes: the tourist information issues none, and its referral
// phrases do not count (see referral). Folded words: a word of a permit
// (permitEnds) and one of permitNeeds; "With my new driving licence,
// which day trips do you recommend?" asks for none.
var permitNeeds = []string{"brauche", "brauchen", "braucht", "benoetige", "benoetigen", "benoetigt", "beantragen", "beantrage",
	"need", "needs", "apply", "require", "required"}

// asksPermit reports whether the folded words ask for a permit (see
// permitNeeds).
func asksPermit(words []string) bool {
	return anyEndsIn(words, permitEnds) && anyIn(words, permitNeeds)
}

// asksOuting reports whether a sentence of the question that asks asks
// where to go for a pastime (see above).
func asksOuting(question string) bool {
	words := knowledge.Words(question)
	if anyIn(words, serviceContexts) || anyIn(words, reportWords) || anyIn(words, businessVerbs) ||
		anyIn(words, procedureWords) || anyEndsIn(words, permitEnds) {
		return false
	}
	asked := askedPart(question)
	if slices.ContainsFunc(clausesOf(asked), func(c string) bool {
		ws := knowledge.Words(c)
		return anyIn(ws, rainyWords) && anyIn(ws, whatWords) && anyIn(ws, doWords) && !anyIn(ws, conditionWords)
	}) {
		return true
	}
	return someSentence(asked, func(ws []string) bool {
		if !anyIn(ws, outingAsks) {
			return false
		}
		for i, w := range ws {
			named := slices.Contains(outingWords, w) || slices.ContainsFunc(outingPhrases, func(p []string) bool { return phraseAt(ws, i, p) })
			if named && (i == 0 || !slices.Contains(ownDeterminers, ws[i-1])) {
				return true
			}
		}
		return false
	})
}
