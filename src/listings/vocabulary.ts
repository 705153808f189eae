/**
 * Trade words an English dictionary does not know but an export listing uses correctly. Words with
 * digits (SUS304, EN10219, 1400w) and acronyms in capitals are trusted anyway; this list is for the
 * same words written in lower case, as many platforms store titles.
 */
const LISTS = {
  materials: 'sus sus304 sus316 ss304 ss316 hdpe ldpe lldpe uhmwpe pp pe pvc upvc cpvc abs pet petg ptfe pom tpu tpe tpr eva pu pc pmma pa nbr epdm fkm sbr ppr pex pert frp grp gfrp cfrp mdf hdf osb wpc spcc secc ppgi ppgl galvalume aluzinc zinc erw lsaw ssaw dsaw seamless q195 q235 q345 a36 ss400 st37 st52 inox chromed polyurethane polypropylene polyethylene polycarbonate acrylic nylon spandex elastane lycra microfiber microfibre polyester viscose rayon tencel modal merino cashmere neoprene silicone melamine borosilicate tritan bakelite bamboo rattan wicker',
  standards: 'astm asme ansi api din en iso jis gb bs ce rohs fcc ul etl cul saa gs cb emc lvd ukca fda lfgb bsci sedex gots oeko reach weee erp kc pse nom inmetro sirim ccc cqc bis ip65 ip66 ip67 ip68 ieee hdmi usb lcd led oled qled rgb rgbw cri smd cob dmx pcb pcba',
  units: 'pcs pc pce pkg pkgs ctn ctns kg kgs gsm mm cm ml ltr oz lb lbs kw kwh mah ah rpm psi mpa kpa cbm sqm hz khz mhz ghz dba nm',
  incoterms: 'incoterms exw fca fas fob cfr cnf cif cpt cip dap dpu ddp ddu',
  trade: 'oem odm obm moq qty rfq fcl lcl teu hs hscode tt lc dp da paypal alipay wechat amazon alibaba aliexpress shopee lazada ebay etsy tiktok dropshipping dropship wholesale wholesaler mens womens olds',
  products: 'airfryer multifunctional multifunction multipurpose oilless nonstick smokeless cookware bakeware drinkware tableware dinnerware kitchenware glassware giftware homeware sportswear swimwear activewear loungewear sleepwear knitwear footwear outerwear eyewear headwear underwire bluetooth wifi smartwatch powerbank earbuds earbud headphone headphones gamepad joystick webcam dashcam drone drones vape ebike scooter scooters skateboard longboard longboards snowboard kayak treadmill dumbbell dumbbells kettlebell yoga pilates keychain lanyard lanyards tumbler tumblers koozie vinyl decal decals sticker stickers playmat teether pacifier onesie romper hoodie hoodies tshirt tshirts leggings jogger joggers tankini bikini bikinis sneaker sneakers crossbody tote totes cardholder rfid nfc gps lidar cctv dvr nvr ptz poe ups mppt pwm inverter inverters lifepo4 lipo nimh',
};

export const TRADE_VOCABULARY: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap((l) => l.split(' ')));

/** Prefixes that make compounds a dictionary lists only in part ("multi-layer" written "multilayer"). */
export const COMPOUND_PREFIXES = ['multi', 'non', 'anti', 'semi', 'mini', 'micro', 'ultra', 'super', 'eco', 'bio', 'auto', 'hydro', 'thermo', 'pre', 're', 'self', 'dual', 'tri', 'quad', 'mega', 'nano', 'poly', 'smart', 'e'];

/**
 * British spellings an American dictionary calls wrong (colour, aluminium, galvanised, litre, grey).
 * Each rule turns a British ending into the American one; the word is right when the result is.
 */
export const BRITISH_TO_AMERICAN: readonly [RegExp, string][] = [
  [/our(s|ed|ing|ful|less)?$/, 'or$1'],
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ium$/, 'um'],
  [/^grey/, 'gray'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/mme(s)?$/, 'm$1'],
];

/** Function words of languages sellers mix into English titles (freidora de aire, horno con ...). */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'con', 'para', 'sin', 'los', 'las', 'el', 'y', 'por', 'com', 'sem', 'pour', 'avec', 'sans', 'du', 'und', 'mit', 'für', 'fur', 'der', 'das']);
