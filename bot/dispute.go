package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A question whether a private party may do what it does is one of private
// law: "Mein Nachbar grillt jeden Abend auf dem Balkon. Darf der das?",
// "My landlord came into my flat without telling me. Is that even legal?",
// "Wem gehört der Hund jetzt rechtlich?". No office decides it, and its
// topic would find a service (air pollution complaints, the dog tax); the
// bot says that legal advice is the place to ask. The referrals' own
// phrases go first (a rent increase → a tenants' association). A question
// that names the party and asks what the asker may do is left alone: "Darf
// ich als Vermieter an Touristen vermieten?" asks for a permit. So is one
// whose best entry plainly fits it by its title (strongTitle): "Mein
// Nachbar baut ohne Genehmigung. Darf er das?" may find building
// supervision.

// parties are the folded words that name a private party the asker may
// have a dispute with.
var parties = []string{
	"vermieter", "vermieterin", "vermieters", "hausverwaltung", "arbeitgeber", "arbeitgeberin", "arbeitgebers",
	"chef", "chefin", "nachbar", "nachbarn", "nachbarin", "nachbars", "verkaeufer", "verkaeuferin", "haendler",
	"ex", "mitbewohner", "mitbewohnerin", "airline", "fluggesellschaft", "kaeufer", "kaeuferin",
	"landlord", "landlady", "employer", "boss", "neighbour", "neighbor", "neighbours", "neighbors", "seller",
	"flatmate", "roommate", "supplier", "provider", "buyer", "banks", "company",
	// siblings who quarrel over an inheritance or a parent's care
	"bruder", "schwester", "geschwister", "brother", "sister", "siblings",
	// a private sale: the seller behind the platform; a gym's contract; a
	// bank account; a provider's or an insurer's contract
	"kleinanzeigen", "ebay", "fitnessstudio", "gym", "bank", "anbieter", "versicherung",
	"haftpflichtversicherung",
	// companies citizens everywhere in Germany have contracts with: phone
	// and internet, gyms, rides, shops and marketplaces (not a platform
	// the asker offers on: "put my flat on Airbnb" asks for a permit)
	"telekom", "vodafone", "o2", "congstar", "mcfit", "lime", "uber", "bolt", "sixt", "vattenfall", "gasag", "carsharing",
	"amazon", "zalando", "paypal", "ikea", "mediamarkt",
	// a shop, a dealer, a garage, a tradesman or movers the asker bought
	// from or hired (see ownable)
	"shop", "store", "onlineshop", "webshop", "retailer", "dealer", "autohaus", "autohaendler", "werkstatt",
	"handwerker", "handwerkerin", "elektromarkt", "supermarkt", "baumarkt", "kaufhaus", "moebelhaus", "umzugsfirma",
	"umzugsunternehmen",
	"onlinehaendler", "friseur", "friseurin", "hairdresser",
}

// ownable are the parties of parties that may be the asker's own business:
// after "my", "our", "mein", "unser", right before or with a word of
// ownAdjectives between ("my small company"), they are no party ("our shop's
// anniversary: may we open on Sunday?"), while "mein Vermieter", "my old
// company" (the asker's employer) and "my insurance company" are.
var (
	ownable = []string{"shop", "store", "onlineshop", "webshop", "autohaus", "werkstatt", "company", "umzugsfirma",
		"umzugsunternehmen"}
	ownAdjectives = []string{"small", "little", "own", "new", "kleine", "kleinen", "eigene", "eigenen", "neue", "neuen"}
)

// ownedAt reports whether a determiner of ownDeterminers stands right
// before words[i] or with a word of ownAdjectives between.
func ownedAt(words []string, i int) bool {
	if i > 0 && slices.Contains(ownDeterminers, words[i-1]) {
		return true
	}
	return i > 1 && slices.Contains(ownDeterminers, words[i-2]) && slices.Contains(ownAdjectives, words[i-1])
}

// A boyfriend or a girlfriend (partners) is a party only when the words
// tell of a separation or an ex (see separated): "Broke up with my
// boyfriend, he keeps my furniture. How do I get my things back?";
// "My girlfriend is pregnant. What can I do to get joint custody?" asks for
// a service.
var partners = []string{"boyfriend", "girlfriend"}

// What the asker says they are is no party: "I'm a landlord and want to
// rent out a furnished flat", "Ich bin Vermieterin". Folded words: a party after
// a word of selfWordsBefore, or after one of selfArticles that follows a
// word of selfWordsBefore.
var (
	selfWordsBefore = []string{"m", "am", "bin", "als"}
	selfArticles    = []string{"a", "an", "ein", "eine"}
)

// namedAsSelf reports whether the folded words[i] is what the asker says
// they are (see selfWordsBefore).
func namedAsSelf(words []string, i int) bool {
	if i > 0 && slices.Contains(selfWordsBefore, words[i-1]) {
		return true
	}
	return i > 1 && slices.Contains(selfArticles, words[i-1]) && slices.Contains(selfWordsBefore, words[i-2])
}

// namesParty reports whether the folded words name a party of parties, a
// partner after a separation (see partners), or a provider by the end of
// its name ("Gasanbieter", "Stromanbieter"; see providerNameEnds), that is
// not the asker's own business (see ownable) nor what the asker says they
// are (see namedAsSelf).
func namesParty(words []string) bool {
	for i, w := range words {
		party := slices.Contains(parties, w) || endsIn(w, providerNameEnds) || slices.Contains(partners, w) && separated(words)
		if party && (!slices.Contains(ownable, w) || !ownedAt(words, i)) && !namedAsSelf(words, i) {
			return true
		}
	}
	return false
}

// rightsAsks are the folded words by which a question asks whether a party
// may or must do something ("Muss der das nicht jedes Jahr machen?"), what
// the asker may claim from it or owes it, what it owes, what rights the
// asker has against it, whether the asker may sue it or stop what it does
// ("Kann ich den Verkauf verhindern?"), withdraw from a purchase or make it
// pay half or its share, whether something is enough evidence against
// it, whether its notice holds ("Ist die Kündigung gültig?"), or who of
// them decides or is right ("who's right", folded "who
// right": a single letter is no word; "Wer ist da im Recht?"), whether the
// asker must put up with it ("Muss ich mir das gefallen lassen?", "Muss ich
// mich darauf einlassen?"; for "Muss ich das hinnehmen?" and "Does he have
// a case?" see guardedAsks) or may turn the party out ("Can I just kick him
// out?"), whether the party may force them ("Kann er uns dazu zwingen?")
// or the asker must let it in ("Do I have to let him in?"); for billing it
// see billees.
var rightsAsks = [][]string{
	{"darf", "der"}, {"darf", "die"}, {"duerfen", "die", "das"}, {"darf", "er"}, {"darf", "sie"}, {"darf", "mein"}, {"darf", "meine"},
	{"hat", "der", "recht"}, {"hat", "die", "recht"}, {"hat", "er", "recht"}, {"hat", "sie", "recht"},
	{"kann", "ich", "verlangen"}, {"koennen", "wir", "verlangen"}, {"von", "ihm", "verlangen"},
	{"von", "ihr", "verlangen"}, {"wem", "gehoert"}, {"ist", "das", "rechtens"}, {"ueberhaupt", "rechtens"},
	{"ist", "das", "legal"}, {"ist", "das", "erlaubt"}, {"is", "he", "allowed"}, {"is", "she", "allowed"},
	{"are", "they", "allowed"}, {"can", "he", "do", "that"}, {"can", "she", "do", "that"}, {"can", "they", "do", "that"},
	{"is", "that", "legal"}, {"is", "this", "legal"}, {"is", "it", "legal"}, {"is", "that", "allowed"},
	{"who", "legally"}, {"allowed", "to", "do", "that"}, {"can", "they", "just", "do", "that"},
	{"can", "he", "just", "do", "that"}, {"can", "she", "just", "do", "that"}, {"money", "back", "from"},
	{"welche", "rechte", "habe", "ich"}, {"welche", "rechte", "hab", "ich"}, {"welche", "rechte", "haben", "wir"},
	{"do", "i", "have", "any", "rights"}, {"what", "are", "my", "rights"}, {"what", "rights", "do", "i", "have"},
	{"wer", "hat", "recht"}, {"wer", "von", "uns", "hat", "recht"}, {"who", "is", "right"},
	{"which", "of", "us", "is", "right"}, {"who", "of", "us", "is", "right"}, {"steht", "mir", "zu"},
	{"stehen", "mir", "zu"}, {"am", "i", "entitled"}, {"sein", "geld", "zurueck"}, {"ihr", "geld", "zurueck"},
	{"his", "money", "back"}, {"her", "money", "back"}, {"can", "i", "sue"}, {"ist", "es", "erlaubt"},
	{"is", "it", "allowed"}, {"can", "he", "refuse"}, {"can", "she", "refuse"}, {"can", "they", "refuse"},
	{"can", "he", "just", "refuse"}, {"can", "she", "just", "refuse"}, {"can", "they", "just", "refuse"},
	{"legally", "belong"}, {"legally", "belongs"}, {"is", "that", "enforceable"}, {"is", "it", "enforceable"},
	{"am", "i", "obliged"}, {"recht", "auf", "mein", "geld"}, {"mein", "geld", "zurueck"}, {"my", "money", "back"},
	{"fristlos", "kuendigen"}, {"quit", "without", "notice"}, {"terminate", "without", "notice"},
	{"bin", "ich", "verpflichtet"}, {"get", "my", "money"}, {"who", "gets", "to", "decide"},
	{"muss", "ich", "das", "zahlen"}, {"who", "gets", "the", "final", "say"}, {"who", "has", "the", "final", "say"},
	{"does", "he", "owe"}, {"does", "she", "owe"}, {"have", "to", "keep", "paying"}, {"den", "verkauf", "verhindern"},
	{"muss", "der", "das"}, {"muss", "die", "das"}, {"dagegen", "klagen"},
	{"kann", "ich", "den", "zurueckverlangen"}, {"can", "i", "take", "her", "to", "court"}, {"can", "i", "take", "him", "to", "court"},
	{"can", "i", "take", "them", "to", "court"}, {"can", "i", "force"}, {"can", "he", "force"}, {"can", "she", "force"},
	{"can", "they", "force"}, {"ist", "das", "zulaessig"}, {"ueberhaupt", "zulaessig"}, {"wer", "erbt"}, {"who", "inherits"},
	{"muss", "er", "das"}, {"muss", "er", "die"}, {"muss", "sie", "das"}, {"muss", "sie", "die"}, {"who", "decides", "in", "the", "end"},
	{"can", "i", "demand"}, {"can", "we", "demand"}, {"muss", "ich", "trotzdem", "zahlen"},
	{"muss", "ich", "trotzdem", "bezahlen"}, {"can", "he", "forbid"}, {"can", "she", "forbid"}, {"can", "they", "forbid"},
	{"pay", "me", "half"}, {"pay", "her", "share"}, {"pay", "his", "share"}, {"share", "the", "cost"}, {"share", "the", "costs"},
	{"can", "i", "make", "them"}, {"vom", "kaufvertrag", "zuruecktreten"}, {"vom", "vertrag", "zuruecktreten"},
	{"reicht", "das", "als", "beweis"}, {"enough", "evidence"}, {"count", "as", "proof"}, {"wer", "hat", "mehr", "recht"},
	{"who", "right"}, {"ist", "die", "kuendigung", "gueltig"},
	{"ist", "die", "kuendigung", "trotzdem", "gueltig"},
	{"wer", "ist", "im", "recht"}, {"who", "is", "in", "the", "right"}, {"legally", "who"}, {"muss", "ich", "mir", "das", "gefallen", "lassen"},
	{"muessen", "wir", "uns", "das", "gefallen", "lassen"}, {"put", "up", "with", "this"}, {"put", "up", "with", "that"},
	{"put", "up", "with", "it"}, {"kick", "him", "out"}, {"kick", "her", "out"}, {"kick", "them", "out"},
	{"get", "him", "out"}, {"get", "her", "out"}, {"get", "them", "out"},
	{"darauf", "einlassen"}, {"dazu", "zwingen"}, {"anspruch", "darauf"}, {"anspruch", "drauf"}, {"let", "him", "in"}, {"let", "her", "in"}, {"let", "them", "in"},
}

// fillers are the folded words that may stand within a phrase of
// rightsAsks without changing it: "Wer von uns hat denn jetzt recht?",
// "Hat er damit recht?", "does he still owe rent?", "Wer hat da mehr
// Recht?", "Can I legally force him to pay?".
var fillers = []string{"denn", "jetzt", "nun", "eigentlich", "ueberhaupt", "wirklich", "damit", "da", "actually", "really",
	"even", "now", "still", "legally"}

// suitAsks ask whether the asker may sue or claim something when a verb
// of suitVerbs follows within suitReach words: "Kann ich ihn verklagen?",
// "Kann ich meinen Arbeitgeber verklagen?", "Kann ich da Schadensersatz
// verlangen?", "Kann ich das Geld zurückverlangen?", "Kann ich das Geld
// zurückfordern?".
var (
	suitAsks  = [][]string{{"kann", "ich"}, {"koennen", "wir"}}
	suitVerbs = []string{"verklagen", "verlangen", "zurueckverlangen", "zurueckfordern"}
)

// suitReach is how many words after suitAsks a verb of suitVerbs may
// stand.
const suitReach = 3

// claimAsks ask what is the asker's due, or whether what a party demands
// is its due, when "zu" follows within claimReach words: "Steht mir nicht
// die Hälfte davon zu?", "Steht uns Geschwistern Miete von ihm zu?", "Steht
// ihm das zu?" ("Steht ihr Elterngeld zu?" asks about a benefit).
var claimAsks = [][]string{{"steht", "mir"}, {"stehen", "mir"}, {"steht", "uns"}, {"stehen", "uns"}, {"wem", "steht"}, {"wem", "stehen"},
	{"steht", "ihm", "das"}, {"steht", "ihr", "das"}}

// claimReach is how many words after claimAsks "zu" may stand.
const claimReach = 7

// billees are the folded pronouns of a party billed when "Rechnung"
// follows within billReach words: "Kann ich ihm die Kosten für das neue
// Schloss in Rechnung stellen?"; "Darf ich als Kleinunternehmer
// Umsatzsteuer in Rechnung stellen?" bills no party.
var billees = [][]string{{"ihm"}, {"ihr"}, {"ihnen"}}

// billReach is how many words after a word of billees "Rechnung" may
// stand.
const billReach = 8

// asksRights reports whether the folded words have a phrase of
// rightsAsks, as they are or without fillers, or ask whether the asker may
// sue (suitAsks), bill a party (billees) or what is the asker's due
// (claimAsks).
func asksRights(words []string) bool {
	return containsPhrase(words, rightsAsks) || followedWithin(words, suitAsks, suitReach, suitVerbs) ||
		followedWithin(words, billees, billReach, []string{"rechnung"}) ||
		followedWithin(words, claimAsks, claimReach, []string{"zu"}) ||
		containsPhrase(withoutFillers(words), rightsAsks)
}

// withoutFillers returns a copy of the folded words without fillers.
func withoutFillers(words []string) []string { return without(words, fillers) }

// A German modal verb followed closely by a party asks what the party
// may or must do: "Darf eine Bank das einfach so?", "Muss mir der
// Verkäufer das Geld zurückgeben?"; unless the asker stands there too:
// "Muss ich meinem Arbeitgeber Bescheid geben?", or the applicationReach
// words after the modal ask what the party fills in or signs for the
// asker's application (see forApplication): "Was muss mein Arbeitgeber
// dafür unterschreiben?".
var partyModals = []string{"darf", "duerfen", "muss", "muessen"}

// partyReach is how many words after the modal verb the party may stand.
const partyReach = 3

// applicationReach is how many words after the modal verb forApplication
// reads: the rest of its clause, not the next question's.
const applicationReach = 6

// paperVerbs are the folded verbs of what a party does on a form.
var paperVerbs = []string{"ausfuellen", "unterschreiben", "unterzeichnen", "bestaetigen", "ausstellen", "vorlegen", "einreichen", "beilegen"}

// forApplication reports whether the folded words after a modal verb ask
// what a party does on a form for the asker's application: "dafür" and a
// word of paperVerbs among them ("dafür ausfüllen", "dafür eine
// Bescheinigung ausstellen"); "Muss mein Arbeitgeber dafür Zinsen zahlen?"
// asks what the party owes.
func forApplication(words []string) bool {
	return slices.Contains(words, "dafuer") && anyIn(words, paperVerbs)
}

// asksPartyMay reports whether the folded words ask what a party may or
// must do (see partyModals).
func asksPartyMay(words []string) bool {
	for i, w := range words {
		if !slices.Contains(partyModals, w) {
			continue
		}
		near := words[i+1 : min(len(words), i+1+partyReach)]
		if namesParty(near) && !anyIn(near, selfWords) && !forApplication(words[i+1:min(len(words), i+1+applicationReach)]) {
			return true
		}
	}
	return false
}

// A question whether the asker may act against a party of theirs ("darf
// ich meinen Mitbewohner einfach aus der WG werfen?") asks about the two
// of them, as one whether the party may act does. Folded words: a phrase
// of selfMay is followed by a possessive and a party (see namesParty):
// "Darf ich meinen Hund mitnehmen?" names none.
var selfMay = [][]string{{"darf", "ich"}, {"duerfen", "wir"}}

// asksSelfMay reports whether the folded words ask whether the asker may
// act against a party of theirs (see selfMay).
func asksSelfMay(words []string) bool {
	return anyAfter(words, selfMay, func(after []string) bool {
		return len(after) > 1 && slices.Contains(ownDeterminers, after[0]) && namesParty(after[:2])
	})
}

// remedyAsks are the folded words by which a question asks what the asker
// can do, how to make the party stop ("How do I get him to stop?"), how to
// dispute it ("Wie widerspreche ich der Abrechnung?") or get out of it
// ("Can I get out of it?") or who pays or is liable ("Wer muss den Schaden
// bezahlen?"); "Komme ich da irgendwie raus?" (see asksWayOut) counts as
// they do. They ask about a dispute only after sentences that tell of the
// party ("Mein Vermieter rückt die Kaution nicht raus. Was kann ich
// machen?"): in the sentence that names it, the party is often only why the
// matter is urgent ("my employer needs my tax ID – what can I do?"). Nor do
// they, nor asksWayOut, when the question names an office after a
// preposition (see officeTurnedTo): "Mein Ex darf meine Adresse nicht über
// das Bürgeramt erfahren. Was kann ich tun?" asks for what the office does.
var remedyAsks = [][]string{
	{"was", "kann", "ich", "machen"}, {"was", "kann", "ich", "da", "machen"}, {"was", "kann", "ich", "tun"},
	{"was", "kann", "ich", "dagegen", "tun"}, {"was", "kann", "ich", "dagegen", "machen"}, {"what", "can", "i", "do"},
	{"wer", "zahlt"}, {"who", "pays"}, {"how", "do", "i", "dispute"}, {"how", "can", "i", "dispute"},
	{"how", "do", "i", "contest"}, {"how", "can", "i", "contest"}, {"can", "i", "get", "out", "of"},
	{"wer", "muss", "den", "schaden"}, {"wer", "haftet"}, {"who", "has", "to", "pay"}, {"who", "is", "liable"},
	{"what", "are", "my", "options"}, {"what", "are", "our", "options"}, {"welche", "moeglichkeiten", "habe", "ich"},
	{"get", "him", "to", "stop"}, {"get", "her", "to", "stop"}, {"get", "them", "to", "stop"}, {"make", "him", "stop"},
	{"make", "her", "stop"}, {"make", "them", "stop"}, {"wie", "widerspreche", "ich"},
}

// settleAsks ask how to settle what the sentences before tell with the
// party, and count as remedyAsks do when the question speaks of fairness or a
// quarrel (quarrelWords), unless they ask for help (helpWords) or the question
// names an office (see namesOffice): "My roommate moved out and left me with
// his half of the bill. What's a fair way to sort this out with him?", "My
// sister and I can't agree … Any tips to settle this without a big fight?",
// "Meine Schwester und ich streiten uns um Omas Möbel. Wie teilen wir das fair
// auf?"; not "my bank account is seized. where can i get free help to sort
// this out?", which asks for debt counselling, nor "Wie teilen wir die
// Erbschaftsteuer auf?", nor "My brother inherited the car with me. How do we
// sort this out fairly with the Zulassungsstelle?". "wie teilen wir" followed
// by "mit" is "mitteilen", telling someone: "Wie teilen wir das dem
// Grundbuchamt mit?".
var (
	settleAsks   = [][]string{{"sort", "this", "out"}, {"settle", "this"}, {"wie", "teilen", "wir"}}
	quarrelWords = []string{"fair", "fairly", "gerecht", "fight", "streit", "streiten"}
)

// asksSettle reports whether the folded words of the sentences that ask
// (asked) ask how to settle a matter with a party (see settleAsks), given
// the question's folded words.
func asksSettle(words, asked []string) bool {
	return anyAfter(asked, settleAsks, func(after []string) bool { return !slices.Contains(after, "mit") }) &&
		anyIn(words, quarrelWords) && !anyIn(asked, helpWords) && !namesOffice(words)
}

// nextAsks ask what to do next, which asks for a remedy only when the
// sentences before tell of a wrong, by a negation (see negations): "Die
// Umzugsfirma hat meinen Schrank kaputt gemacht und will nicht zahlen. Was
// soll ich tun?"; "Mein Vermieter hat mir die Wohnungsgeberbestätigung
// geschickt. Was soll ich tun?" asks for the registration.
var nextAsks = [][]string{{"was", "soll", "ich", "tun"}, {"was", "soll", "ich", "machen"}}

// backAsks ask how to get back the money or the things a party keeps
// ("Mein Vermieter rückt die Kaution nicht raus. Wie komme ich an mein
// Geld?", "My ex won't give back the sofa. How do I get it back?", "Mein
// Ex hat den Hund mitgenommen. Wie bekomme ich ihn zurück?"), or whether
// the asker may go and fetch them ("Darf ich einfach hingehen und die
// Sachen holen?", "can I just go and get it?") and
// count as remedyAsks do, unless the question names a court's order
// (courtOrders): "Das Urteil habe ich schon. Wie komme ich an mein
// Geld?", "… even though the court ordered him to. How can I get them
// back?" ask for the courts' enforcement (a dunning or enforcement notice,
// "Mahnbescheid", "Vollstreckungsbescheid", is a notice: see
// namesPublicMatter); nor when it
// names an office (see namesOffice) or a place that holds the thing
// (heldWords): "Mein Nachbar hat meinen Schlüssel beim Fundbüro abgegeben.
// Wie bekomme ich ihn zurück?", "… den Hund ins Tierheim gebracht"; nor when
// the thing is an identity document (idWords, idDocuments), which the city
// replaces: "Mein Ex hat meinen Reisepass mitgenommen. Wie bekomme ich ihn
// zurück?".
var (
	backAsks = [][]string{
		{"wie", "komme", "ich", "an", "mein", "geld"}, {"how", "can", "i", "get", "it", "back"}, {"how", "do", "i", "get", "it", "back"},
		{"how", "can", "i", "get", "them", "back"}, {"how", "do", "i", "get", "them", "back"},
		{"how", "do", "i", "get", "my", "things"}, {"how", "can", "i", "get", "my", "things"}, {"get", "my", "things", "back"},
		{"get", "my", "stuff", "back"},
		{"bekomme", "ich", "ihn", "zurueck"}, {"bekomme", "ich", "sie", "zurueck"}, {"bekomme", "ich", "es", "zurueck"},
		{"kriege", "ich", "ihn", "zurueck"}, {"kriege", "ich", "sie", "zurueck"}, {"kriege", "ich", "es", "zurueck"},
		{"krieg", "ich", "ihn", "zurueck"}, {"krieg", "ich", "sie", "zurueck"}, {"krieg", "ich", "es", "zurueck"},
		{"meine", "sachen", "zurueck"}, {"die", "sachen", "holen"}, {"go", "and", "get", "it"},
	}
	heldWords = slices.Concat(idWords, idDocuments, heldPlaces)
	// idDocuments are the folded words for a passport (German "Pass" is
	// one); heldPlaces those for a place that holds animals it took in.
	idDocuments = []string{"pass", "reisepass", "passport"}
	heldPlaces  = []string{"tierheim", "shelter"}
	courtOrders = [][]string{
		{"vollstreckungstitel"}, {"urteil"}, {"gerichtsurteil"}, {"court", "ordered"},
		{"court", "order"}, {"judgment"}, {"judgement"},
	}
)

// wayOutAsks are the folded words by which a German question asks how to
// get out of something when "raus" follows within wayOutReach words
// ("Komme ich da irgendwie raus?"); "Wie komme ich da ran?" asks how to
// get something.
var wayOutAsks = [][]string{{"komme", "ich", "da"}, {"komm", "ich", "da"}}

// wayOutReach is how many words after wayOutAsks "raus" may stand.
const wayOutReach = 3

// asksWayOut reports whether the folded words ask how to get out of
// something (see wayOutAsks).
func asksWayOut(words []string) bool {
	return followedWithin(words, wayOutAsks, wayOutReach, []string{"raus"})
}

// legalAdvice names, in German and English, where a dispute of private
// law is asked about, as the referral sentence names a responsible body.
const legalAdvice = "eine Rechtsberatung (etwa eine Anwältin oder ein Anwalt, bei Mietfragen ein Mieterverein, bei Käufen die Verbraucherzentrale) | legal advice (a lawyer; for tenancy a tenants' association, for purchases the consumer advice centre)"

// publicParties name a public body as the one a claim is made against:
// "Can I get that money back from the city?" asks for damages from the
// state, which a city's catalogue has, however private the story before.
var publicParties = [][]string{
	{"from", "the", "city"}, {"from", "the", "state"}, {"from", "the", "district"},
	{"von", "der", "stadt"}, {"vom", "staat"}, {"vom", "land"}, {"vom", "bezirk"}, {"vom", "bezirksamt"},
}

// publicDuties name a duty to the state: "Ich hatte zwei Arbeitgeber. Bin
// ich verpflichtet, eine Einkommensteuererklärung abzugeben?" asks the
// tax office's rules, not the employers' rights.
var publicDuties = [][]string{{"steuererklaerung"}, {"einkommensteuererklaerung"}, {"tax", "return"}}

// A question that names an office's notice (a folded word that ends in a
// word of noticeEnds: "Bußgeldbescheid", "Steuerbescheid", "Mahnbescheid";
// not "Bescheid" alone, which is told in "ohne Bescheid zu sagen") or a
// fine asks about a procedure, however private the story: "Mein Nachbar
// hat mich angezeigt, jetzt kam ein Bußgeldbescheid. Muss ich das
// hinnehmen?".
var noticeEnds = []string{"bescheid", "bescheids"}

// officialRecords name the maps and registers an office keeps: "A neighbour
// says we are legally required to have our extension surveyed so it shows up
// on the official maps. Is that true, and who pays for it?" asks about the
// duty to the surveying office, not about the neighbour.
var officialRecords = [][]string{{"official", "maps"}, {"official", "property", "map"}, {"official", "land"}}

// namesPublicMatter reports whether the folded words name an office's
// notice (noticeEnds), a fine (fineWords, finePhrases: "My neighbour
// reported my car and now I got a parking fine. Does he have a case?") or
// the maps and registers an office keeps (officialRecords).
func namesPublicMatter(words []string) bool {
	notice := slices.ContainsFunc(words, func(w string) bool { return endsIn(w, noticeEnds) && !slices.Contains(noticeEnds, w) })
	return notice || anyIn(words, fineWords) || containsPhrase(words, finePhrases) || containsPhrase(words, officialRecords)
}

// dispute reports whether the question names a private party and its
// sentences that ask whether that party may do something, whether something
// is lawful, whether the asker must do or pay what the party wants
// (endsInDuty, asksToPay) or give back what it wants back (asksToReturn)
// or put up with it, or whether the party has a
// case (asksGuarded), or whether the asker may act against a party of
// theirs (asksSelfMay), or, with or without a party, who gets what after a
// separation (asksDivision) or whether the asker must pay a debt shared
// with an ex or in a separation (asksSharedDebt), or whether the asker is
// liable for what the party left (asksLiable), or, after sentences that
// name the party, what the asker can do (see above; not when it names an
// office after a preposition, see officeTurnedTo); while the best
// candidate's title does not plainly fit it (or they ask whether the party
// may act without the asker's consent), they name no public body to claim
// from (publicParties) nor a duty to the state (publicDuties), the question
// names no notice nor fine (namesPublicMatter), they do not ask where to
// report it or where to apply (asksWhereToTurn) and the question tells of
// no parents apart and their child (parentsApart); or whether its
// sentences that ask ask whether the asker may have a car towed
// (asksSelfTow) or what a matter means for what a party will do
// (asksWhatPartyWill); or whether the question asks whether a contract's
// clause is valid (asksClauseValid).
func dispute(question string, cands []candidate) bool {
	asked := askedPart(question)
	aw := knowledge.Words(asked)
	words := knowledge.Words(question)
	if asksSelfTow(aw) || asksWhatPartyWill(aw) || asksClauseValid(words) {
		return true
	}
	titled := titledAsk(aw, asked == question, cands) && !doneBackground(question, asked, cands) && !withoutConsent(words, aw)
	if titled || containsPhrase(aw, publicParties) || containsPhrase(aw, publicDuties) || namesPublicMatter(words) ||
		asksWhereToTurn(aw) || parentsApart(words) {
		return false
	}
	told := knowledge.Words(toldPart(question, asked))
	asksParty := asksRights(aw) || endsInLegality(aw) || endsInDuty(aw, told) || asksToPay(words, asked) ||
		asksToReturn(asked, told) || asksGuarded(words, aw) || asksLiable(words, aw)
	if namesParty(words) && asksParty ||
		asksPartyMay(aw) || asksSelfMay(aw) || asksDivision(words, aw) || asksSharedDebt(words, aw) {
		return true
	}
	asksNext := containsPhrase(aw, nextAsks) && anyIn(told, negations)
	asksRemedy := (containsPhrase(aw, remedyAsks) || asksSettle(words, aw) || asksNext || asksWayOut(aw)) && !officeTurnedTo(words)
	asksBack := containsPhrase(aw, backAsks) && !containsPhrase(words, courtOrders) && !namesOffice(words) && !anyIn(words, heldWords)
	remedy := asksRemedy || asksBack
	return asked != question && remedy && namesParty(told)
}

// A question whether a party may act without the asker's consent ("Can
// she do that without my consent?", "Darf er das ohne meine Zustimmung?")
// asks about the two of them, however well a title fits what the party
// does (a flatmate's partner moving in, a car sold). One about children is
// left alone: a parent's consent is part of services for them (a child's
// passport). Folded words: consentPhrases.
var consentPhrases = [][]string{
	{"without", "my", "consent"}, {"without", "our", "consent"}, {"without", "my", "permission"}, {"without", "asking", "me"},
	{"without", "asking", "us"}, {"ohne", "meine", "zustimmung"}, {"ohne", "unsere", "zustimmung"}, {"ohne", "meine", "erlaubnis"},
	{"ohne", "mich", "zu", "fragen"}, {"ohne", "uns", "zu", "fragen"},
}

// withoutConsent reports whether the question, its folded words, asks in
// its sentences that ask (asked, folded) whether a party may act without
// the asker's consent, and names no child (see consentPhrases).
func withoutConsent(words, asked []string) bool {
	return containsPhrase(asked, consentPhrases) && !anyIn(words, childWords)
}

// titledAsk reports whether the best candidate's title plainly fits the
// question, and the sentences that ask (asked, folded) are all of it
// (whole), name a word of that title or refer back to the sentences before
// ("Mein Nachbar baut ohne Genehmigung an. Darf er das?"): a title that
// only the story before fits ("My father died in Spain … One sister wants
// to sell and the other refuses. Who gets to decide?") does not make the
// question one for it.
func titledAsk(asked []string, whole bool, cands []candidate) bool {
	return plainlyTitled(cands) && (whole || namedInTitles(asked, cands[:1]) || anyIn(asked, backReferences) || anyIn(asked, backPronouns))
}

// backPronouns are the folded pronouns by which the sentences that ask
// speak of a party or a matter the sentences before name: "Darf der
// das?", "Can he do that?". The German ones are articles too, so a German
// question that asks with an article keeps a plainly fitting title: the
// check errs on the side of the catalogue.
var backPronouns = []string{"das", "der", "die", "er", "sie", "he", "she", "they"}

// A question who gets or keeps something when a couple separates ("divorce
// coming up, who keeps the dog, me or my wife?", "Wer bekommt nach der
// Trennung die Wohnung?", "wem gehört das auto nach der scheidung", "we broke
// up … whose cat is it?", see asksWhose) asks how their property is divided,
// which the couple or a court settles, not an office; its topic would find a
// service (the dog register, the registration of a flat). One about the
// children is left alone: the youth office advises on their care after a
// separation. Folded words: separationWords tell of the separation,
// divisionAsks ask who gets something, childWords name the children.
var (
	separationWords = []string{"divorce", "divorced", "divorcing", "breakup", "broke", "breaking", "separation", "separated",
		"separating", "scheidung", "trennung", "getrennt", "geschieden", "trennen"}
	// separationPhrases tell of a separation in more than one word when
	// no object follows (objectStarts): "we split up" ("split" alone shares
	// costs, and "split up our father's inheritance" divides it).
	separationPhrases = [][]string{{"split", "up"}, {"splitting", "up"}, {"broken", "up"}}
	objectStarts      = []string{"the", "a", "an", "our", "my", "his", "her", "their", "its", "it", "them"}
	divisionAsks      = [][]string{{"who", "gets", "the"}, {"who", "keeps", "the"}, {"who", "gets", "to", "keep"}, {"who", "owns", "the"},
		{"who", "gets", "it"}, {"who", "keeps", "it"}, {"who", "gets", "what"}, {"wer", "bekommt"}, {"wer", "behaelt"}, {"wer", "darf"},
		{"wem", "gehoert"}}
	childWords = []string{"child", "children", "kid", "kids", "son", "daughter", "custody", "kind", "kinder", "sohn", "tochter",
		"sorgerecht", "umgang"}
)

// A quarrel of parents apart about their children ("Since we separated my
// ex won't let me see our son. What can I do?", "Mein Ex zahlt keinen
// Unterhalt für unsere Tochter. Muss er das nicht?") is no private dispute
// for legal advice: the youth office advises on contact and support, and
// the family court decides. Folded words: an ex (exWords) or a separation
// (separationWords), and a child (childWords).
var exWords = []string{"ex", "exfrau", "exmann", "expartner", "expartnerin", "exfreund", "exfreundin", "kindsvater", "kindsmutter"}

// parentsApart reports whether the folded words tell of parents apart and
// their child (see exWords).
func parentsApart(words []string) bool {
	return separated(words) && anyIn(words, childWords)
}

// separated reports whether the folded words tell of an ex or a
// separation (exWords, separationWords, separationPhrases without an
// object).
func separated(words []string) bool {
	return anyIn(words, exWords) || anyIn(words, separationWords) || anyAfter(words, separationPhrases, func(after []string) bool {
		return len(after) == 0 || !slices.Contains(objectStarts, after[0])
	})
}

// asksDivision reports whether the question, its folded words, asks in
// its sentences that ask (asked, folded) who gets or keeps something after
// a separation or between exes, or tells so before they refer back to it
// (see refersBackWords): "My ex and I can't agree who keeps the cat after the
// break-up. Any tips on how to settle this?"; one that names a child
// never gets here (see parentsApart in dispute).
func asksDivision(words, asked []string) bool {
	return separated(words) &&
		(containsPhrase(asked, divisionAsks) || asksWhose(asked) || containsPhrase(words, divisionAsks) && refersBackWords(asked))
}

// asksWhose reports whether the folded words ask whose a thing is:
// "whose", a word and a verb, then "it", "this" or "that" ("whose cat is
// it?", "whose dog was it first?"; not "Whose name has to be on the
// Anmeldung?").
func asksWhose(asked []string) bool {
	return anyAfter(asked, [][]string{{"whose"}}, func(after []string) bool {
		return len(after) >= 3 && slices.Contains([]string{"it", "this", "that"}, after[2])
	})
}

// A question whether the asker must pay a debt alone that a couple took
// on together and one of them no longer pays ("Mein Ex zahlt seine Hälfte
// vom Autokredit nicht mehr. Muss ich das alleine stemmen?", "my ex
// stopped paying his half of our car loan – do I have to pay all of it?")
// asks who owes what under their contract, which a court settles, not an
// office; its topic would find a service (a car's registration, debt
// counselling). Folded words: an ex or a separation (exWords,
// separationWords), a debt (debtWords) and its sharing (shareWords)
// anywhere, no office (see namesOffice: a joint tax debt at the tax
// office is the office's to split) and no fee, tax or counselling
// (chargeEnds), and in the sentences that ask one of oweAsks followed
// within oweReach words by a verb of payVerbs: "Seit der Trennung haben
// wir gemeinsame Schulden. Muss ich für die Schuldnerberatung etwas
// zahlen?" asks for the city's counselling.
var (
	debtWords  = []string{"kredit", "autokredit", "darlehen", "ratenkredit", "kreditvertrag", "schulden", "loan", "debt", "debts", "mortgage"}
	shareWords = []string{"zusammen", "gemeinsam", "gemeinsame", "gemeinsamen", "gemeinsames", "haelfte", "anteil", "together", "half", "share", "joint", "both"}
	oweAsks    = [][]string{{"muss", "ich"}, {"muessen", "wir"}, {"do", "i", "have", "to"}, {"am", "i", "liable"}}
	payVerbs   = []string{"zahlen", "bezahlen", "abbezahlen", "stemmen", "tragen", "pay", "repay", "cover"}
	chargeEnds = []string{"gebuehr", "gebuehren", "steuer", "steuern", "beitrag", "beitraege", "beratung", "fee", "fees", "tax", "taxes",
		"counselling", "counseling"}
)

// oweReach is how many words after oweAsks a verb of payVerbs may stand.
const oweReach = 8

// asksSharedDebt reports whether the question, its folded words, asks in
// its sentences that ask (asked, folded) whether the asker must pay a
// debt shared with an ex or in a separation (see debtWords).
func asksSharedDebt(words, asked []string) bool {
	return separated(words) && anyIn(words, debtWords) && anyIn(words, shareWords) &&
		!namesOffice(words) && !anyEndsIn(words, chargeEnds) && followedWithin(asked, oweAsks, oweReach, payVerbs)
}

// A question whether the asker is liable ("My flatmate moved out and
// stopped paying his part of the rent. Am I now liable for the full
// rent?") asks about the two of them, unless the question names a fee or a
// tax (chargeEnds), which is the office's: "I sold my car but the buyer
// never re-registered it. Am I liable for the vehicle tax?". Folded words:
// liableAsks.
var liableAsks = [][]string{{"am", "i", "liable"}, {"are", "we", "liable"}}

// asksLiable reports whether the question, its folded words, asks in its
// sentences that ask (asked, folded) whether the asker is liable, fillers
// aside ("Am I now liable?"), and names no fee nor tax (see liableAsks).
func asksLiable(words, asked []string) bool {
	return containsPhrase(withoutFillers(asked), liableAsks) && !anyEndsIn(words, chargeEnds)
}

// A question whether the asker may have a car towed ("Am I allowed to
// have it towed myself?", "Darf ich den einfach abschleppen lassen?")
// asks what one may do on private ground against whoever parks there,
// which no office decides, however well the words of towing fit the
// entry for a car the police towed. Folded words: one of selfAsks is
// followed within towReach words by "have" and "towed", by "get", another
// one's possessive (othersCars) and "towed" that ends the sentence or
// stands before "away" ("Am I allowed to get his car towed away?"), or by
// "abschleppen lassen"; "Can I get my towed car back?" asks for the car,
// and "A car without plates has stood on our street for months. Can I get
// it towed away?", which names no one else's car, for the removal of a
// wreck.
var selfAsks = [][]string{{"can", "i"}, {"can", "we"}, {"am", "i", "allowed", "to"}, {"are", "we", "allowed", "to"},
	{"darf", "ich"}, {"duerfen", "wir"}, {"kann", "ich"}, {"koennen", "wir"}}

// towReach is how many words after selfAsks "towed" or "abschleppen" may
// stand.
const towReach = 8

// othersCars are the folded possessives by which a question names another
// one's car.
var othersCars = []string{"his", "her", "their"}

// asksSelfTow reports whether the folded words ask whether the asker may
// have a car towed (see selfAsks).
func asksSelfTow(words []string) bool {
	return anyAfter(words, selfAsks, func(after []string) bool {
		near := after[:min(len(after), towReach)]
		if j := slices.Index(near, "towed"); j > 0 && (slices.Contains(near[:j], "have") ||
			slices.Contains(near[:j], "get") && anyIn(near[:j], othersCars) && (j+1 == len(after) || after[j+1] == "away")) {
			return true
		}
		j := slices.Index(near, "abschleppen")
		return j >= 0 && j+1 < len(after) && after[j+1] == "lassen"
	})
}

// A question what a matter means for what a party will do ("Just got my
// Niederlassungserlaubnis. Does that mean a bank will now give me a
// mortgage?", "Heißt das, dass mir die Bank jetzt einen Kredit gibt?")
// asks how that party will decide, which only it can say, however well the
// title fits the matter. Folded words: a phrase of meaningAsks is
// followed within meaningReach words by a party (see namesParty).
var meaningAsks = [][]string{
	{"does", "that", "mean"}, {"does", "this", "mean"}, {"does", "it", "mean"}, {"heisst", "das"}, {"bedeutet", "das"},
}

// meaningReach is how many words after meaningAsks the party may stand.
const meaningReach = 5

// asksWhatPartyWill reports whether the folded words ask what a matter
// means for what a party will do (see meaningAsks).
func asksWhatPartyWill(words []string) bool {
	return anyAfter(words, meaningAsks, func(after []string) bool { return namesParty(after[:min(len(after), meaningReach)]) })
}

// legalityWords are the folded words that, as the last word of the
// sentences that ask, ask whether something is lawful, as people type it
// into a search box: "vermieter betritt wohnung ohne erlaubnis legal?".
var legalityWords = []string{"legal", "illegal", "rechtens", "erlaubt", "zulaessig"}

// endsInLegality reports whether the folded words end in a word of
// legalityWords.
func endsInLegality(words []string) bool {
	return len(words) > 0 && slices.Contains(legalityWords, words[len(words)-1])
}

// Whether a clause of a contract is valid ("In meinem Mietvertrag steht,
// dass ich beim Auszug streichen muss. Ist die Klausel gültig?", "Is the
// clause in my rental contract that bans dogs valid?") is for the parties
// and a court, whatever the clause is about (a dog, a move). Folded
// words: the question names a contract (a word that ends in one of
// contractEnds) and its clause (clauseEnds) and asks whether it holds
// (validityWords).
var (
	contractEnds  = []string{"vertrag", "vertrags", "contract"}
	clauseEnds    = []string{"klausel", "klauseln", "clause", "clauses"}
	validityWords = []string{"gueltig", "ungueltig", "wirksam", "unwirksam", "rechtens", "zulaessig", "valid", "invalid",
		"enforceable", "legal"}
)

// asksClauseValid reports whether the folded words of a question ask
// whether a contract's clause is valid (see above).
func asksClauseValid(words []string) bool {
	return anyEndsIn(words, contractEnds) && anyEndsIn(words, clauseEnds) && anyIn(words, validityWords)
}

// dutyEnds are the folded words by which the sentences that ask end when
// they ask whether the asker must do what a party wants: "Mein Arbeitgeber
// erwartet, dass ich im Urlaub Mails beantworte. Muss ich das
// (wirklich)?", "landlord says we must paint the whole flat when moving
// out, must we?", "… Do I really have to?". So do the phrases of doEnds
// ("Muss ich das wirklich machen?") when the sentences before name no
// procedure (procedureWords): "Mein Vermieter sagt, ich muss mich beim
// Bürgeramt anmelden. Muss ich das wirklich machen?" asks about a duty to
// the city.
var (
	dutyEnds = [][]string{{"muss", "ich", "das"}, {"muessen", "wir", "das"}, {"must", "i"}, {"must", "we"}, {"do", "i", "have", "to"},
		{"do", "we", "have", "to"}}
	doEnds = [][]string{{"muss", "ich", "das", "machen"}, {"muss", "ich", "das", "tun"}, {"muessen", "wir", "das", "machen"},
		{"muessen", "wir", "das", "tun"}}
)

// endsInDuty reports whether the folded words asked, without fillers, end
// in a phrase of dutyEnds, or of doEnds when the folded words told name no
// procedure.
func endsInDuty(asked, told []string) bool {
	bare := withoutFillers(asked)
	return endsInPhrase(bare, dutyEnds) || endsInPhrase(bare, doEnds) && !anyIn(told, procedureWords)
}

// endsInPhrase reports whether the folded words end in one of phrases.
func endsInPhrase(words []string, phrases [][]string) bool {
	return slices.ContainsFunc(phrases, func(end []string) bool {
		return len(words) >= len(end) && slices.Equal(words[len(words)-len(end):], end)
	})
}

// A question whether the asker must pay what a party wants ("A Handwerker
// did a bad job and wants the full payment. Do I have to pay?", "Do I
// really have to pay everything alone?") asks about the two of them, when
// a sentence that asks ends in the ask, after it at most one of
// payObjects and "alone", and the question names no fee, tax or
// counselling (chargeEnds) nor a document (documentEnds): "Vodafone wants
// a Bearbeitungsgebühr for cancelling. Do I really have to pay that?" asks
// about a fee, "My employer needs a certificate of good conduct. Do I have
// to pay that?" about the city's charge. Folded words, without fillers.
var (
	payAsks    = [][]string{{"do", "i", "have", "to", "pay"}, {"do", "we", "have", "to", "pay"}}
	payObjects = []string{"it", "this", "that", "everything", "him", "her", "them"}
)

// asksToPay reports whether the question, its folded words, asks in its
// sentences that ask (asked) whether the asker must pay what a party
// wants (see payAsks).
func asksToPay(words []string, asked string) bool {
	if anyEndsIn(words, chargeEnds) || anyEndsIn(words, documentEnds) {
		return false
	}
	return someSentence(asked, func(ws []string) bool {
		bare := withoutLast(withoutLast(withoutFillers(ws), []string{"alone"}), payObjects)
		return endsInPhrase(bare, payAsks)
	})
}

// withoutLast returns the folded words without their last word when it is
// one of last.
func withoutLast(words, last []string) []string {
	if n := len(words); n > 0 && slices.Contains(last, words[n-1]) {
		return words[:n-1]
	}
	return words
}

// A question whether the asker must give back what a party wants back
// ("Mein Ex will das Sofa zurück, das er mir geschenkt hat. Muss ich das
// rausgeben?", "the buyer says it's broken and wants his money back. do i
// have to refund him?", "… Muss ich den zurückgeben?") asks about the two
// of them. The sentences before tell that someone wants something back (a
// verb of demandVerbs with "zurück" or "back" after it, see wantedBack):
// "Ich habe noch einen Bewohnerparkausweis. Muss ich den zurückgeben?"
// asks about a permit. A sentence that asks ends in one of returnEnds,
// then at most one of payObjects; before it stands a phrase of dutyEnds,
// or one of ownDuties and a word of returnObjects. Folded words, without
// fillers.
var (
	returnEnds = [][]string{
		{"rausgeben"}, {"herausgeben"}, {"zurueckgeben"}, {"zurueckzahlen"}, {"refund"}, {"reimburse"},
		{"give", "it", "back"}, {"give", "them", "back"}, {"pay", "it", "back"},
	}
	ownDuties     = [][]string{{"muss", "ich"}, {"muessen", "wir"}}
	returnObjects = []string{"den", "die", "es", "ihn", "sie"}
)

// backReach is how many words after a verb of demandVerbs a word of
// returnWords may stand: "wants his money back", "will das Sofa zurück".
const backReach = 4

// wantedBack reports whether the folded words tell that someone wants
// something back (see backReach).
func wantedBack(words []string) bool {
	for i, w := range words {
		if slices.Contains(demandVerbs, w) && anyIn(words[i+1:min(len(words), i+1+backReach)], returnWords) {
			return true
		}
	}
	return false
}

// asksToReturn reports whether the sentences that ask (asked) ask whether
// the asker must give back what the sentences before (told, folded) say
// someone wants back (see returnEnds).
func asksToReturn(asked string, told []string) bool {
	if !wantedBack(told) {
		return false
	}
	return someSentence(asked, func(ws []string) bool {
		bare := withoutLast(withoutFillers(ws), payObjects)
		return slices.ContainsFunc(returnEnds, func(end []string) bool {
			n := len(bare) - len(end)
			if n < 0 || !slices.Equal(bare[n:], end) {
				return false
			}
			duty := bare[:n]
			return endsInPhrase(duty, dutyEnds) ||
				n > 0 && slices.Contains(returnObjects, duty[n-1]) && endsInPhrase(duty[:n-1], ownDuties)
		})
	})
}

// "Muss ich das hinnehmen?" asks whether the asker must put up with what a
// party does ("Die Katze von meinem Nachbarn macht jeden Tag in mein Beet.
// Muss ich das hinnehmen?"), "Does he have a case?" whether the party's
// claim holds, unless the question names an office (see namesOffice) or a
// fee, a tax or counselling (chargeEnds): then it is often an office's
// decision the asker must accept or not ("Mein Arbeitgeber hat falsche
// Zahlen ans Finanzamt geschickt. Muss ich das hinnehmen?", "My neighbour
// complained and the district office refuses my permit. Does he have a
// case?"). Folded words; the words of guardedFillers (fillers, "einfach"
// and "so") may stand within a phrase too.
var (
	guardedAsks = [][]string{
		{"muss", "ich", "das", "hinnehmen"}, {"muessen", "wir", "das", "hinnehmen"},
		{"does", "he", "have", "a", "case"}, {"does", "she", "have", "a", "case"}, {"do", "they", "have", "a", "case"},
	}
	guardedFillers = slices.Concat(fillers, []string{"einfach", "so"})
)

// asksGuarded reports whether the question, its folded words, asks in its
// sentences that ask (asked, folded) a question of guardedAsks and names
// no office nor charge.
func asksGuarded(words, asked []string) bool {
	bare := without(asked, guardedFillers)
	return containsPhrase(bare, guardedAsks) && !anyEndsIn(words, chargeEnds) && !namesOffice(words)
}

// isOfficeName reports whether the folded word names an office by its end
// (officeNameEnds) and is none of notOffices.
func isOfficeName(w string) bool { return endsIn(w, officeNameEnds) && !slices.Contains(notOffices, w) }

// Folded words: a question that asks where or to whom to report
// something or where to apply ("Darf der das überhaupt? Wo kann ich das
// melden?", "who do I report him to?", "Who pays for this and where do we
// apply?") wants an office to act, which the catalogue has.
var (
	turnWords = []string{"melden", "melde", "report", "beantragen", "beantragt", "apply"}
	turnWhere = []string{"wo", "wem", "wen", "where", "who", "whom"}
)

// An office named after a preposition of officePrepositions, within
// turnedToReach words, is one the question turns to or that holds its
// matter: "über das Einwohnermeldeamt", "beim Bürgeramt", "from the
// Ausländerbehörde", "beim Standesamt". Folded words: see isOfficeName.
var (
	officePrepositions = [][]string{{"beim"}, {"vom"}, {"ueber"}, {"zum"}, {"zur"}, {"bei"}, {"von"}, {"at"}, {"from"}, {"to"}}
	officeNameEnds     = []string{"amt", "aemter", "behoerde", "jobcenter"}
)

// turnedToReach is how many words after the preposition the office may
// stand.
const turnedToReach = 2

// officeTurnedTo reports whether the folded words name an office after a
// preposition (see officePrepositions).
func officeTurnedTo(words []string) bool {
	return anyAfter(words, officePrepositions, func(after []string) bool {
		return slices.ContainsFunc(after[:min(len(after), turnedToReach)], isOfficeName)
	})
}

// asksWhereToTurn reports whether the folded words of the sentences that
// ask ask where or to whom to report something or where to apply.
func asksWhereToTurn(asked []string) bool {
	return anyIn(asked, turnWords) && anyIn(asked, turnWhere)
}

// doneBackground reports whether a part of the sentences that tell, not
// ask, tells that the citizen has had the best candidate's service (see
// tellsDone) and names it: "I did my Abmeldung and moved back to Spain,
// but my landlord still has my deposit. How long is he allowed to keep
// it?" asks about the landlord, whatever the Abmeldung's title fits. The
// parts are split at "und" and "and" (see toldParts), as the party's part
// often follows one.
func doneBackground(question, asked string, cands []candidate) bool {
	return slices.ContainsFunc(toldParts(question, asked), func(part string) bool {
		return tellsDone(part) && namedInTitles(knowledge.Words(part), cands[:1])
	})
}

// toldPart returns the sentences of text that are not among asked, its
// sentences that ask (see askedPart).
func toldPart(text, asked string) string {
	return sentencesWhere(text, func(s string) bool { return !strings.Contains(asked, s) })
}
