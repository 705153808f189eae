/**
 * Topics of unsolicited advertising that are never a request to buy a factory's goods (seed 如何筛选询盘 4:
 * ads, SEO, lists, loans…), one entry per topic, in the languages the mail comes in. A message is judged
 * by how many different topics it carries. Entries are phrased as offers ("lower your payments", "claim your
 * prize"), not as product names a buyer might write ("toner cartridge", "insurance" alone stay out).
 */
// Spammers break up drug names to slip past filters: "v i a g r a", "vl@gra", "ciaiilis". Each letter may repeat,
// look-alike digits and symbols stand in, and up to three separators may sit between letters ("ph . armacy").
const LOOKALIKE: Record<string, string> = { a: '[a@4]', i: '[i1l!|íï]', l: '[l1i|]', o: '[o0]', e: '[e3]', s: '[s$5]' };
const ANY_SEPARATORS = '[\\W_]{0,3}';
function obfuscated(word: string, separator = ANY_SEPARATORS): string {
  return [...word].map((c) => `${LOOKALIKE[c] ?? c}+`).join(separator);
}
const DRUG_NAMES = ['viagra', 'cialis', 'levitra', 'valium', 'xanax', 'vicodin', 'phentermine'].map((word) => obfuscated(word)).join('|');
// The shop's own words get the same disguises: "medlcatlons", "pharmaceut feeling ical" is beyond this, "ph . armacy" is not.
const PHARMACY_WORDS = ['medications', 'pharmacy', 'prescriptions', 'erection', 'ejaculation'].map((word) => obfuscated(word)).join('|');
// The words of potency ads, broken up with symbols ("p . e . ni . s", "erecti0n") but not with bare spaces:
// "the pen is heavy" is about pens.
const POTENCY_WORDS = ['penis', 'erection', 'erectile'].map((word) => obfuscated(word, '(?:\\s?[^\\w\\s]\\s?)?')).join('|');

export const AD_TOPICS: readonly RegExp[] = [
  // pharmacy and potency
  new RegExp(`\\b(${POTENCY_WORDS}|erections?|impotence|online pharmac(y|ies)|pharmacy online|no prescription|without (a )?prescription|${DRUG_NAMES}|(cheap|discount(ed)?|affordable|online|save on( your)?|order) (${PHARMACY_WORDS}|meds|medz|rx|pills|prescription drugs)|premature (${PHARMACY_WORDS}|ejakulat\\w*)|eja[ck]ul\\w*|sexual (performance|stamina)|male enhancement|increase (your )?(size|length|girth)|(pleasure|satisfy) your (partner|woman|wife|girlfriend|lover)|\\d ?(-\\d ?)?(inch|") (man|hammer|penis|longer)|soft ?tabs)\\b|\\$ ?\\d+( ?[.,] ?\\d+)? ?(per|/) ?dose\\b`),
  // counterfeit watches and bags
  /\b((replica|fake)s? (of )?(rolex|watch(es)?|handbags?|designer)|rolex replicas?|(gold|swiss|luxury) replicas?|(cartier|rolex|breitling|omega) (watches )?(for|at|from) (only )?\$ ?\d)/,
  // adult content
  /\b((free|hot|hardcore|teen|amateur|live) (porn|xxx|sex|nudes?)|(porn|xxx|sex) (site|movies?|videos?|pics|photos|cams?)s?|horny|hardcore (porn|movies?)|get laid|casual sex|porn ?stars?|free passwords?|(adult|pay) ?sites? (for )?free|cyber ?sex|sluts?|big tits|boobs|incest|nude (photos|pics|girls|celebs?)|sexy (video|pics|chat|cam)s?|adult (site|content|dating|entertainment|classifieds)|(18|21) (or older|years or older) to (enter|view))\b|\bseks\b|\bsexo\b|\b(got laid|hook-?up sites?)\b|\b(pornos?)\b/,
  // dating and romance
  /\b(online dating|dating (site|app|service)|singles (community|in your area)|meet (local |hot |beautiful )?(women|girls|singles) (in your area|tonight|near you|online)|lonely (women|wives|housewives)|married (wo)?men .{0,40}(lonely|looking for (some )?fun)|looking for (an? )?(ideal |real )?(man|husband|boyfriend|lover)|sex ?dating|(meet|date|chat with|marry|hot|lonely|single) (beautiful |hot |lonely |single |charming )?(russian|ukrainian|slavic|asian|latina?) (women|girls|brides|beauties)|mail[- ]order brides?)\b|\b(whatsapp-dating|partnersuche|encontros|rencontres?|(russische|oekra[iï]ense|oekraïense|ukrainische|russischen?) (vrouwen|meisjes|schoonheden|dames|liefje|frauen|schönheiten)|daten met|spannende afspraak|(mujeres|chicas) (rusas|ucranianas)|(mulheres|garotas) (russas|ucranianas))\b/,
  // weight-loss and miracle-health promises (the products themselves, "keto gummies", "diet tea", are things buyers order)
  /\b(lose (up to )?(\d+(-\d+)? ?)?(pounds|lbs|kg|weight) (fast|in \d|without)|burn fat (fast|while)|weight[- ]loss (breakthrough|miracle|secret|trick|doubling)|grow young|anti-?aging (breakthrough|secret|miracle)|hgh)\b|\b(abnehmen|gewichtsverlust|emagre\p{L}*|adelgaz\p{L}*|perte de poids)\b/u,
  // making money at home
  /\b(make (money|\$ ?\d+\S*) (online|from home|fast|while you sleep|a (day|week|month))|earn (up to )?\$ ?\d+\S* (a|per) (day|week|month)|extra income|work (from|at) home|home[- ]based business|be your own boss|money[- ]making (system|opportunity|machine)|financial freedom|get rich quick|(earn|make) a full[- ]time income|multi-?level marketing|fire your boss|make (lots of |more |extra )?money without (working|leaving)|no investment (needed|required|necessary)|home typists?|earn \$ ?\d+ per (subscriber|referral|signup)|no experience (is )?(necessary|needed|required))\b|\b(ganhe dinheiro|geld verdienen|gane dinero|gagnez de l'argent)\b|在家(工作|赚钱|賺錢|兼职|兼職)|(轻松|輕鬆|兼职|兼職)(赚钱|賺錢)|月入[过過上]?万|月入[过過上]?萬|日赚|日賺|想(拥有|擁有)自己的(事业|事業)|\b(ground floor opportunity)\b/,
  // debt, loans, mortgages, credit
  /\b((lowest|low|fixed) (mortgage|interest) rates?|(your )?loan (request|application) (is |was |has been )?(approved|accepted)|(we are )?accepting your (loan )?application|debt (consolidation|relief|free)|(free )?grant money|grants? .{0,30}never (need|have) to (be )?(repay|paid back)|you will never (need|have) to repay|eliminate (your )?(credit card )?debt|lower your (monthly )?payments|refinanc\w*|mortgage (rates?|quotes?|loan)|(home|personal|business) loan (approved|offer)|loan (is )?approved|bad credit|credit repair|(you('ve| have)? been|you are|application (has been|is)) pre ?-? ?approved|instant approval|unsecured (business )?(loans?|funding|credit line)|working capital (of |up to )\$)\b|\b(empréstimo|préstamo personal|kredit ohne)\b|\b(working capital (of |up )?to \$ ?\d|on an unsecured basis|unsecured (business )?(loans?|funding|credit lines?)|merchant cash advances?)\b|(无|無|免)抵押(贷款|貸款)|低(息|利)(贷款|貸款)|信用卡(代还|代還|套现|套現|循环|循環)|\b(lowest mortgage|no income verification|(bad|poor) credit (ok|okay|welcome|accepted)|(repair|fix) your credit|approved? you for (our|a) loan)\b/,
  // insurance offers
  /\b(life insurance|health insurance|term life|insurance quotes?|car insurance quote)\b|\b(plano de saúde|planos de saúde|seguro de vida|krankenversicherung|assurance (vie|santé))\b/,
  // old-style search-engine submission offers (SEO pitches are in spam.unrelated_offer's list)
  /\b(search engine (registration|placement|submission)|submit(ting)? your (web ?)?site (to|in) (\d+ )?(major )?search engines)\b/,
  // address lists and leads for sale
  /\b(\d+ ?(million|m) (e-?mail )?addresses|e-?mail (address(es)? )?(lists?|database) (for sale|of \d)|targeted (e-?mail|leads)|bulk e-?mail(ing)? (software|service)|fresh leads|verified (e-?mail |marketing )?lists|万.{0,6}(email|e-mail|邮件|邮箱)地址)\b|(工商|企业|企業)(名录|名錄)|(邮件|郵件)群(发|發)|群(发|發)(软件|軟體)|\b(target(ed)? e ?- ?mail addresses|e ?- ?mail addresses databases?|email is the best promot\w* tool)\b|\b(\d{3}(,\d{3})+ (new |fresh )?(e-?mail )?addresses|(marketing|mailing|e-?mail) lists (which|that) (have been|are) verified)\b/,
  // stock promotion and trading schemes
  /\b(stock (alert|picks?|tips?|symbol)|penny stocks?|hot stocks?|small ?[- ] ?cap|(projected|speculative) (price|profits?)|profits? (soaring|explod\w*)|otc ?bb|investors? alert|forex (trading|signals)|day trader|guaranteed (profits?|returns?)|\d+ ?% (daily|weekly|monthly) (profit|return)s?|\d+ ?% (a|per) month (until|for years)|monthly check for)\b|\b((expected|set|poised|about) to (explode|skyrocket)|rocket stocks?)\b/,
  // gambling
  /\b(online (casino|poker|betting|gambling)|(casino|poker) (bonus|games? online|for (real )?money)|play poker|sportsbook|free spins|bet365)\b|\b(apostas|cassino)\b|博彩|百家乐|(体育|彩票).{0,10}(充值|下注|赢)/,
  // cheap or pirated software
  /\b(oem (software|soft|versions?)|cheap (software|soft)|softwares?.{0,20}(\$ ?\d+|75 ?%|discount)|(windows|office|adobe|photoshop) (xp|2003|2000|professional|cs\d?)\b[^$\n]{0,60}\$ ?\d)|\b(c+h+e+a+p+ s+o+f+t+w+a+r+e+s?)\b/,
  // crypto giveaways and wallet lures
  /\b(airdrop|seed phrase|recovery phrase|claim (your )?\$?(eth|btc|xrp|usdt|arb|bnb|tokens?)|(trust ?wallet|metamask|ledger live)|(bitcoin|btc|eth|crypto)\w* (balance|mining|profit|investment|giveaway|reward)s?|(eth|xrp|usdt|bnb) (distribution|allocation|reward)|cash out the bitcoin|loot box|virtual assets|\d+\.\d{2,8} ?(btc|eth|usdt)|(btc|eth|usdt) ?\d+\.\d{2,8})\b|\b(token allocation|allocation of (reserved )?(xrp|eth|btc|tokens?)|(bitcoin|crypto) earning|collect your (crypto )?tokens|gas fees?,? (redistributed|refund\w*)|\d[\d,.]* ?\$ (is )?on your balance)/,
  // prizes, sweepstakes and giveaways
  /\b(you('ve| have)? won (a|an|the|\$|€|£|\d)|you have been selected (to receive|as (a|the|our) winner|for (a|the|our) (prize|award|reward|gift))|you are (our|the|a) (lucky )?winner|lucky (online )?winner|sweepstakes (winner|entry|prize)|claim your (prize|reward|gift)|(free|no-?cost) (iphone|ipods?|xbox|playstation|plasma tvs?|gift card|vacation|cruise|cars?|suv|dvds?|euro)|giv(ing|es) away free (cars?|vacations?|iphones?|money|cash)|giveaway destinations|(your|a) free \$ ?\d{2,}|your name came up|enter (now )?to win|answer (&|and) win|chances? to win (a|an|the) |win (a|an) .{3,40} (for|by) (sharing|taking|completing|answering) |complete (our|a|this) (short |quick )?survey (and|to) (get|receive|win|claim))\b|\b(gewinnspiel|gewonnen|gewinnen sie (ein|eine|einen)|ausgewählt|ausgewhält|ganador|has sido seleccionad\p{L}|você ganhou|vous avez gagné|cartelas)\b|\b(register (now )?(to win|for (one of )?our giveaway)|giveaway destinations|win a (free )?(vacation|cruise|holiday trip))\b|\b(dear winner|(e-?mail|internet) lottery|lottery promotion|promotional draw|prize award (dept|department))\b/u,
  // visa lotteries
  /\b(green ?card lottery|diversity (immigrant )?visa lottery|dv-?\d{4} lottery|giving away [\d,]+ (visas|green ?cards)|live and work in the (usa|u\.s\.a?\.?|united states))\b/,
  // diplomas and degrees without study
  /\b((buy|get|order) (your |a )?(university |college )?(diploma|degree)s?|(university|college) diplomas?|non-?accredited (universities|degrees?)|earn your (legitimate )?(associate'?s|bachelor'?s|master'?s|doctorate)|degree (based|program) (on|for) (your )?(life )?experience)\b/,
  // spyware removal and PC clean-up scareware
  /\b((spy|ad)ware (remover|blocker|protection)|prevent the installation of (spyware|adware|hijackers)|free (spyware|virus) scan|remove (all )?(spyware|adware) (free|now|today)|your (pc|computer) (is|may be) infected)\b/,
  // fake documents and consumer add-ons sold by mail
  /\b(international driver'?s licen[cs]e|extended (auto|car|vehicle) warrant(y|ies)|(accept|process) credit cards (for|on|in) your business|credit card processing (systems?|for your business)|(legally )?ordained minister|(this|the) (e-?mail|message) is an (advertisement|advertising|solicitation)|merchant account (approval|for))\b|代(开|開).{0,4}(发票|發票)|(发票|發票)代(开|開)|(办证|辦證)|代(办|辦)(各类|各類)?(证件|證件)/,
  // hacking tools and carding
  /\b(cpanels?|shells,|smtps|rdps|cvv|fullz|carding|black market)\b|\b(sell|buy)(ing)? (instagram |youtube |tiktok )?(followers|likes|subscribers)\b/,
  // telecom, ink and other cut-price consumer offers
  /\b(long distance (calls?|service|plan)|\d+ ?cents? (a|per) minute|conference calls? (only|for) \$?\d|(toners?|ink ?jet|ink) (and inkjet )?cartridges? for less|save (up to \d+ ?% )?on (ink|toner)|cable descramblers?|pre-?programm?ed (satellite|satelite|access) cards?|(web )?hosting (from|for) (only |as little as )?[$€£?]? ?\d|(internet access|isp) for (only )?\$ ?\d|for (just )?pennies (a|per) day|never pay retail|copy (your own )?dvd movies)\b|\b(free (international|long[- ]distance|worldwide) (phone )?calls|free phone calls (to|from|anywhere|worldwide)|make free (international |domestic )*(phone )?calls)\b|\b((let us|we will|we'll) bill your credit card|your credit card will (automatically )?be billed|(low )?monthly fee of (just|only) \$)/,
];
