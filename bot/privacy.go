package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mask returns text with the personal data it finds replaced by German
// placeholders: [E-Mail], [Telefon], [IBAN], [Steuer-ID], [Ausweisnummer] and
// [Adresse], whatever the language of the message, so that an editor can
// still read the question and stored questions group alike. Everything else
// is kept byte for byte. Mask errs on the side of privacy where a finding is
// ambiguous, but leaves years, postcodes on their own, fees, dates, times,
// short service numbers ("115") and legal references ("§ 17 BMG") alone.
//
// Detectors run in a fixed order and a later one never masks what an earlier
// one claimed: e-mail, IBAN, tax numbers after a keyword ("Steuernummer"),
// ID-card numbers, phone, bare tax id, address.
func Mask(text string) string {
	if !strings.ContainsAny(text, "0123456789@") {
		return text // every detector needs a digit or an @
	}
	var f findings
	f.scan(text, emailRe, emailStart, labelEmail, whole)
	f.scan(text, ibanRe, ibanStart, labelIBAN, longestValid(validIBAN))
	f.scanTaxNumbers(text)
	f.scanDocumentNumbers(text)
	f.scan(text, phoneRe, phoneStart, labelPhone, phoneEnd)
	f.scan(text, taxIDRe, numberStart, labelTaxID, whole)
	f.scanAddresses(text)
	f.scan(text, englishAddressRe, numberStart, labelAddress, whole)
	return f.apply(text)
}

// The labels Mask puts in place of personal data.
const (
	labelEmail    = "[E-Mail]"
	labelIBAN     = "[IBAN]"
	labelPhone    = "[Telefon]"
	labelTaxID    = "[Steuer-ID]"
	labelDocument = "[Ausweisnummer]"
	labelAddress  = "[Adresse]"
)

// withoutLabels returns masked text without Mask's labels, for search: they
// name kinds of personal data, not what the citizen asks about.
func withoutLabels(masked string) string {
	for _, l := range []string{labelEmail, labelIBAN, labelPhone, labelTaxID, labelDocument, labelAddress} {
		masked = strings.ReplaceAll(masked, l, " ")
	}
	return masked
}

// finding is a span of text to replace by label.
type finding struct {
	start, end int
	label      string
}

// findings collects non-overlapping spans, first come first served.
type findings []finding

// validator checks a candidate span of text and returns the end of the part
// to mask, or -1 if nothing is to be masked.
type validator func(text string, start, end int) int

// scan adds the matches of re, a pattern anchored with ^, at the positions
// of text where start says a finding may begin, if check accepts them.
// Trying an anchored pattern at a few places is much faster than searching
// with an unanchored one, which Go's regexp does by trying every position.
func (f *findings) scan(text string, re *regexp.Regexp, start func(text string, i int) bool, label string, check validator) {
	for i := 0; i < len(text); i++ {
		if !start(text, i) {
			continue
		}
		if m := re.FindStringIndex(text[i:]); m != nil {
			if end := check(text, i, i+m[1]); end > i && f.add(i, end, label) {
				i = end - 1
			}
		}
	}
}

// add adds a finding unless it is empty or overlaps an earlier one, and
// reports whether it did.
func (f *findings) add(start, end int, label string) bool {
	if end <= start {
		return false
	}
	for _, x := range *f {
		if start < x.end && x.start < end {
			return false
		}
	}
	*f = append(*f, finding{start, end, label})
	return true
}

// apply returns text with every finding replaced by its label.
func (f findings) apply(text string) string {
	if len(f) == 0 {
		return text
	}
	slices.SortFunc(f, func(a, b finding) int { return a.start - b.start })
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, x := range f {
		b.WriteString(text[last:x.start])
		b.WriteString(x.label)
		last = x.end
	}
	b.WriteString(text[last:])
	return b.String()
}

func whole(_ string, _, end int) int { return end }

// longestValid returns a validator that shortens a candidate group by group
// (at spaces and slashes) until valid accepts it. Patterns whose groups may
// run into the following words or numbers ("DE89 … 00 BIC …") rely on it.
func longestValid(valid func(string) bool) validator {
	return func(text string, start, end int) int {
		for end > start {
			if valid(text[start:end]) {
				return end
			}
			i := strings.LastIndexAny(text[start:end], " /")
			if i < 0 {
				break
			}
			end = start + len(strings.TrimRight(text[start:start+i], " /"))
		}
		return -1
	}
}

// digitsBetween accepts strings holding min to max digits.
func digitsBetween(min, max int) func(string) bool {
	return func(s string) bool {
		n := countDigits(s)
		return n >= min && n <= max
	}
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// emailStart: the start of a run of characters allowed before an @, and
// followed by one.
func emailStart(text string, i int) bool {
	if !isLocalChar(text[i]) || i > 0 && isLocalChar(text[i-1]) {
		return false
	}
	j := i
	for j < len(text) && isLocalChar(text[j]) {
		j++
	}
	return j < len(text) && text[j] == '@'
}

func isLocalChar(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || strings.IndexByte("._%+-", c) >= 0
}

// ibanStart: two letters and two digits at the start of a word.
func ibanStart(text string, i int) bool {
	return i+3 < len(text) && isASCIILetter(text[i]) && isASCIILetter(text[i+1]) && isDigit(text[i+2]) &&
		isDigit(text[i+3]) && !precededByWordChar(text, i)
}

// phoneStart: "+" or "(" before a digit, or a 0 that starts a number and
// is not a decimal ("37,0012345").
func phoneStart(text string, i int) bool {
	switch text[i] {
	case '+', '(':
		return i+1 < len(text) && isDigit(text[i+1])
	case '0':
		return !precededByWordChar(text, i) && (i == 0 || text[i-1] != '.' && text[i-1] != ',')
	}
	return false
}

// numberStart: a digit that starts a word.
func numberStart(text string, i int) bool {
	return isDigit(text[i]) && !precededByWordChar(text, i)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// followedByWordChar reports whether text[j] starts a letter or digit.
func followedByWordChar(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return j < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// precededByWordChar reports whether the rune before text[i] is a letter or
// digit: a match starting there starts inside a word.
func precededByWordChar(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// The patterns find candidates; the validators passed to scan decide. They
// are compiled once and, like all regexps, safe for concurrent use.
var (
	emailRe = regexp.MustCompile(`^[A-Za-z0-9._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`)

	// ibanRe: country code, check digits and 11 to 30 more characters,
	// compact or in groups. Lower case is allowed for the country code only,
	// so that the pattern does not run on into the words after it.
	ibanRe = regexp.MustCompile(`^[A-Za-z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b`)

	// phoneRe: a German or international prefix (+49, 0049, (030), 030 –
	// an area code has at least two digits after the 0, which keeps "01/2024"
	// out), then digit groups separated by a space, "-" or "/".
	phoneRe = regexp.MustCompile(`^(?:\+\d{1,3}|00\d{1,3}|\(0\d{2,5}\)|0\d{2,5})(?:(?: ?[-/] ?| )?(?:\(0\) ?)?\(?\d+\)?)*`)

	// taxIDRe: eleven digits not starting with 0, compact or as 2-3-3-3.
	taxIDRe = regexp.MustCompile(`^[1-9]\d(?: ?\d{3}){3}\b`)

	// englishAddressRe: "12 Baker Street", "221B Baker St".
	englishAddressRe = regexp.MustCompile(`^\d{1,4}[A-Za-z]?\s(?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Avenue|Lane|Drive|Way|Boulevard|Court|Place|Square|Terrace|Close|Crescent|Gardens|St|Rd|Ave)\b`)
)

// validIBAN accepts an IBAN of 15 to 34 characters (spaces aside) with a
// correct ISO 13616 check (mod 97 = 1). A German IBAN of the right shape (DE
// and 20 digits) is accepted even with a wrong check: a citizen's mistyped
// IBAN is still personal data, and the shape alone is specific enough.
func validIBAN(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	if strings.HasPrefix(s, "DE") && len(s) == 22 && countDigits(s) == 20 {
		return true
	}
	rem := 0
	for _, c := range s[4:] + s[:4] {
		switch {
		case '0' <= c && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case 'A' <= c && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// scanTaxNumbers adds tax numbers named by a keyword before them: 9 to 13
// digits in groups separated by spaces or slashes, which covers the
// Steuer-ID ("12 345 678 901") and every form of the Steuernummer
// ("12/345/67890", "2181508150").
func (f *findings) scanTaxNumbers(text string) {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || precededByWordChar(text, i) {
			continue
		}
		end := i
		for j := i; j < len(text) && (isDigit(text[j]) || text[j] == ' ' || text[j] == '/'); j++ {
			if isDigit(text[j]) {
				end = j + 1
			}
		}
		if keywordBefore(text, i, taxKeywords) {
			f.add(i, longestValid(digitsBetween(9, 13))(text, i, end), labelTaxID)
		}
		i = end
	}
}

// scanDocumentNumbers adds numbers of German ID cards and passports: nine
// characters, ten with the check digit, from an alphabet without vowels. A
// word of such characters is masked if it has digits and letters (the
// letters in upper case, so "WOHNUNGEN" and codes of digits alone stay) or,
// in any case and also with digits alone, if a keyword names it
// ("Ausweisnummer ist 1220001297"; "Ausweisnummer ist unbekannt" stays).
func (f *findings) scanDocumentNumbers(text string) {
	for i := 0; i < len(text); i++ {
		if !isASCIILetter(text[i]) && !isDigit(text[i]) || precededByWordChar(text, i) {
			continue
		}
		j := i
		for j < len(text) && (isASCIILetter(text[j]) || isDigit(text[j])) {
			j++
		}
		if n := j - i; (n == 9 || n == 10) && !followedByWordChar(text, j) &&
			(isDocumentNumber(text[i:j], false) || isDocumentNumber(text[i:j], true) && keywordBefore(text, i, documentKeywords)) {
			f.add(i, j, labelDocument)
		}
		i = j
	}
}

// isDocumentNumber reports whether s is written in the alphabet of ID
// documents and has a digit; named allows lower case and digits alone.
func isDocumentNumber(s string, named bool) bool {
	digits := countDigits(s)
	if digits == 0 || !named && digits == len(s) {
		return false
	}
	if named {
		s = strings.ToUpper(s)
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("CFGHJKLMNPRTVWXYZ0123456789", s[i]) < 0 {
			return false
		}
	}
	return true
}

// keywordBefore reports whether one of keywords, in any case, ends right
// before text[i], give or take what separates a name from its value:
// spaces, ":", "#", ".", "-", "=", and "ist", "lautet", "is", "was". A
// keyword of six letters or more may end a compound ("Reisepassnummer").
func keywordBefore(text string, i int, keywords []string) bool {
	const gap = " :#.=-"
	s := strings.TrimRight(text[:i], gap)
	for _, w := range []string{" ist", " lautet", " is", " was", " war"} {
		if hasSuffixFold(s, w) {
			s = strings.TrimRight(s[:len(s)-len(w)], gap)
			break
		}
	}
	for _, k := range keywords {
		if hasSuffixFold(s, k) && (len(k) >= 6 || !precededByWordChar(s, len(s)-len(k))) {
			return true
		}
	}
	return false
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// taxKeywords and documentKeywords name the numbers after them, as
// keywordBefore sees them (without a final dot).
var (
	taxKeywords = []string{"steuer-id", "steuerid", "steuer id", "identifikationsnummer", "steuernummer", "steuer-nummer", "steuer-nr",
		"steuernr", "steuer nr", "st.-nr", "st.nr", "st-nr", "st. nr", "stnr", "idnr", "tax id", "tax-id", "taxid",
		"tax identification number", "tax number", "tin"}
	documentKeywords = []string{"ausweisnummer", "ausweis-nummer", "ausweis-nr", "ausweisnr", "ausweis nr",
		"passnummer", "pass-nummer", "pass-nr", "passnr", "dokumentennummer", "id number", "id-number", "id no",
		"id nr", "id card number", "id-card number", "identity card number", "passport number", "passport no",
		"document number", "document no"}
)

// phoneEnd drops a closing parenthesis that has no opening one and accepts
// 7 to 16 digits, shortening numbers that run on into the next ones.
func phoneEnd(text string, start, end int) int {
	s := text[start:end]
	if strings.HasSuffix(s, ")") && strings.Count(s, ")") > strings.Count(s, "(") {
		end--
	}
	return longestValid(digitsBetween(7, 16))(text, start, end)
}

// scanAddresses adds German street addresses: a house number of one to
// three digits (so that years are not house numbers) after a street name,
// with the postcode and city that may follow. Each number is checked by
// looking back at the words before it, which is much faster than a regexp
// for all the ways to write a street.
func (f *findings) scanAddresses(text string) {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		n := houseNumberRe.FindStringIndex(text[i:])
		if n == nil {
			continue
		}
		end := i + n[1]
		start := streetStart(text, i)
		if start < 0 || precededByWordChar(text, start) || unitFollows(text[end:]) || hasStopWord(text[start:end]) {
			continue
		}
		if m := postcodeCityRe.FindStringIndex(text[end:]); m != nil {
			end += m[1]
		}
		f.add(start, end, labelAddress)
		i = end - 1
	}
}

var (
	// houseNumberRe: "12", "5a", "5 a", "12-14", "3/1".
	houseNumberRe = regexp.MustCompile(`^\d{1,3}(?: ?[a-zA-Z])?\b(?: ?[-–/] ?\d{1,3}[a-zA-Z]?\b)?`)
	// postcodeCityRe: ", 10115 Berlin", " in 60311 Frankfurt am Main".
	postcodeCityRe = regexp.MustCompile(`^(?:, *| +)(?:in +)?\d{5} +\p{Lu}[\p{L}-]*(?: (?:am|an der|im|in der|ob der) \p{Lu}\p{L}+| \(\p{Lu}\p{L}+\))?`)
)

// streetStart returns where the street name before a house number at
// text[i] starts, or -1 if there is none. A street is a word ending in a
// street word ("Hauptstr.", "Karl-Marx-Allee", also in lower case for the
// unmistakable ones: "hauptstraße"), a street word after adjectives ("Große
// Hamburger Straße"), a name after a capitalised preposition ("Am Markt",
// "Unter den Linden"), or "Alt-…".
func streetStart(text string, i int) int {
	s := strings.TrimRight(text[:i], " ")
	if t, ok := strings.CutSuffix(s, "Nr."); ok {
		s = strings.TrimRight(t, " ")
	}
	ws := lastWord(s)
	w := s[ws:]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		if hasSuffix(w, lowerStreetSuffixes) {
			return ws
		}
		return -1
	}
	start := ws
	for p := prevWord(text, start); p >= 0 && isStreetAdjective(text[p:start-1]); p = prevWord(text, start) {
		start = p
	}
	if p := prepositionBefore(text, start); p >= 0 {
		return p
	}
	if hasSuffix(w, streetSuffixes) || isRingStreet(w) || isStreetWord(w) && start < ws ||
		strings.HasPrefix(w, "Alt-") {
		return start
	}
	return -1
}

// Street words that end a street's name ("ring" is left to isRingStreet).
// The first ones are street words in lower case too.
var (
	lowerStreetSuffixes = []string{"straße", "strasse", "str.", "allee", "platz", "gasse", "chaussee", "damm"}
	streetSuffixes      = []string{"straße", "strasse", "str.", "allee", "platz", "gasse", "chaussee", "damm",
		"weg", "ufer", "steig", "markt", "promenade", "graben", "wall"}
)

// hasSuffix reports whether w, in lower case, is longer than and ends in
// one of suffixes.
func hasSuffix(w string, suffixes []string) bool {
	lw := strings.ToLower(w)
	for _, s := range suffixes {
		if len(lw) > len(s) && strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// isRingStreet tells "Ostring" and "Kaiser-Wilhelm-Ring" from English
// words such as "During" and "Offering": no vowel or r before the "ring".
func isRingStreet(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 4 && strings.HasSuffix(lw, "ring") && strings.IndexByte("aeiouyr", lw[len(lw)-5]) < 0
}

// lastWord returns where the word at the end of s starts: letters and
// hyphens, and a final dot after "str".
func lastWord(s string) int {
	i := len(s)
	if strings.HasSuffix(s, ".") {
		if !strings.HasSuffix(strings.ToLower(s), "str.") {
			return i
		}
		i--
	}
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		i -= size
	}
	return i
}

// prevWord returns where the word before the one at text[i] starts, if a
// single space separates them; -1 otherwise.
func prevWord(text string, i int) int {
	if i < 2 || text[i-1] != ' ' {
		return -1
	}
	p := lastWord(text[:i-1])
	if p == i-1 || strings.HasSuffix(text[:i-1], ".") {
		return -1
	}
	return p
}

// streetPrepositions start street names such as "Am Markt"; only the
// capitalised forms count, as they are written in a street name.
var streetPrepositions = []string{"Am", "Im", "Zum", "Zur", "An der", "An den", "An dem", "Auf dem", "Auf der",
	"Auf den", "In der", "In den", "Unter den", "Hinter der", "Hinter dem", "Vor dem", "Platz der", "Platz des"}

// prepositionBefore returns where a street preposition directly before
// text[i] starts, or -1.
func prepositionBefore(text string, i int) int {
	for _, p := range streetPrepositions {
		if j := i - len(p) - 1; j >= 0 && text[i-1] == ' ' && text[j:i-1] == p && !precededByWordChar(text, j) {
			return j
		}
	}
	return -1
}

func isStreetWord(w string) bool {
	switch w {
	case "Straße", "Strasse", "Str.", "Weg", "Allee", "Platz", "Ring", "Damm", "Gasse", "Chaussee", "Ufer",
		"Steig", "Markt":
		return true
	}
	return false
}

// isStreetAdjective: "Alte", "Neuer", "Große", and names of places as
// adjectives ("Berliner", "Frankfurter").
func isStreetAdjective(w string) bool {
	switch strings.TrimRight(w, "rsn") {
	case "Alte", "Neue", "Große", "Grosse", "Kleine", "Lange", "Hohe", "Obere", "Untere", "Breite", "Kurze",
		"Schöne", "Stille", "Hintere", "Vordere", "Innere":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.HasSuffix(w, "er") && utf8.RuneCountInString(w) >= 6
}

// hasStopWord reports whether s has a word that shows it is no street.
func hasStopWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if notStreet(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// unitFollows reports whether rest starts with a unit or a word of time or
// quantity, after optional spaces: the number before it is no house number
// ("Arbeitsweg 25 km", "In der Regel 3 Wochen").
func unitFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "€") || strings.HasPrefix(rest, "%") {
		return true
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	switch strings.ToLower(rest[:i]) {
	case "km", "m", "meter", "min", "minute", "minuten", "minutes", "std", "stunde", "stunden", "h", "hours",
		"tag", "tage", "tagen", "days", "woche", "wochen", "weeks", "monat", "monate", "monaten", "months",
		"jahr", "jahre", "jahren", "years", "euro", "eur", "prozent", "percent", "uhr", "mal", "times",
		"stück", "personen", "kinder", "seiten", "pages":
		return true
	}
	return false
}

// slotPlaces are the ends of compounds that name a place one is given, not
// a square: "Arbeitsplatz", "Hortplatz 1. Klasse", "Anwohnerparkplatz",
// "Tagespflegeplatz".
var slotPlaces = []string{"arbeitsplatz", "ausbildungsplatz", "studienplatz", "kitaplatz", "krippenplatz",
	"betreuungsplatz", "kindergartenplatz", "pflegeplatz", "heimplatz", "parkplatz", "stellplatz", "sitzplatz",
	"schulplatz", "listenplatz", "hortplatz", "therapieplatz", "praktikumsplatz", "internatsplatz"}

// notStreet lists words that come before a number after a capitalised
// preposition at the start of a sentence ("Im Jahr", "In der Regel"), and
// compounds ending in a street word that are no streets ("Arbeitsplatz",
// see slotPlaces).
func notStreet(w string) bool {
	if endsIn(w, slotPlaces) {
		return true
	}
	switch w {
	case "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage",
		"tagen", "wochenende", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
		"sonnabend", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
		"september", "oktober", "november", "dezember", "morgen", "abend", "mittag", "vormittag",
		"nachmittag", "anfang", "ende", "moment", "zeitraum", "quartal", "halbjahr", "schuljahr", "zeit",
		"regel", "schnitt", "durchschnitt", "prinzip", "fall", "falle", "grunde", "beispiel", "rahmen", "zuge",
		"schluss", "teil", "punkt", "schritt", "absatz", "paragraph", "paragraf", "paragraphen", "paragrafen",
		"kapitel", "abschnitt", "artikel", "anlage", "anhang", "tabelle", "liste", "formular", "feld", "zeile",
		"spalte", "seite", "nummer", "klasse", "steuerklasse", "stufe", "pflegegrad", "grad", "stock", "etage",
		"raum", "zimmer", "schalter", "termin", "höhe", "summe", "betrag", "wert", "frage", "thema", "bereich",
		"arbeitsmarkt", "wohnungsmarkt", "binnenmarkt", "rechtsweg",
		"bildungsweg", "arbeitsweg", "schulweg", "heimweg", "postweg", "dienstweg", "rückweg", "lösungsweg",
		"klageweg", "verwaltungsweg", "umweg", "ausweg", "vorweg", "hinweg", "durchweg", "bahnsteig",
		"käufer", "verkäufer", "einkäufer", "läufer", "firewall", "paywall", "bring", "spring", "string":
		return true
	}
	return false
}
