import { type TrafficModel } from '../traffic-model.js';
import { africaElectronicsModel } from './africa-electronics/index.js';
import { arYerbaModel } from './ar-yerba/index.js';
import { apacMarketplaceModel } from './apac-marketplace/index.js';
import { atSkiModel } from './at-ski/index.js';
import { auElectronicsModel } from './au-electronics/index.js';
import { auFashionModel } from './au-fashion/index.js';
import { auSupplementsModel } from './au-supplements/index.js';
import { bdGadgetsModel } from './bd-gadgets/index.js';
import { beChocolateModel } from './be-chocolate/index.js';
import { brElectronicsModel } from './br-electronics/index.js';
import { caElectronicsModel } from './ca-electronics/index.js';
import { caGroceryModel } from './ca-grocery/index.js';
import { caMapleModel } from './ca-maple/index.js';
import { chWatchesModel } from './ch-watches/index.js';
import { clWineModel } from './cl-wine/index.js';
import { coCoffeeModel } from './co-coffee/index.js';
import { czPcPartsModel } from './cz-pc-parts/index.js';
import { dachApothekeModel } from './dach-apotheke/index.js';
import { deBikesModel } from './de-bikes/index.js';
import { deToolsModel } from './de-tools/index.js';
import { euFurnitureModel } from './eu-furniture/index.js';
import { frElectronicsModel } from './fr-electronics/index.js';
import { frWineModel } from './fr-wine/index.js';
import { fiSaunaModel } from './fi-sauna/index.js';
import { demoStoreModel } from './demo-store/index.js';
import { digitalKeysModel } from './digital-keys/index.js';
import { dkBricksModel } from './dk-bricks/index.js';
import { egCottonModel } from './eg-cotton/index.js';
import { esFootballModel } from './es-football/index.js';
import { esTravelModel } from './es-travel/index.js';
import { euStoreModel } from './eu-store/index.js';
import { geWineModel } from './ge-wine/index.js';
import { grDeliModel } from './gr-deli/index.js';
import { hrOliveModel } from './hr-olive/index.js';
import { huPorcelainModel } from './hu-porcelain/index.js';
import { idMarketplaceModel } from './id-marketplace/index.js';
import { ieGamingModel } from './ie-gaming/index.js';
import { ilDeadseaModel } from './il-deadsea/index.js';
import { maArganModel } from './ma-argan/index.js';
import { indiaFashionModel } from './india-fashion/index.js';
import { itCoffeeModel } from './it-coffee/index.js';
import { itFashionModel } from './it-fashion/index.js';
import { jpHobbyModel } from './jp-hobby/index.js';
import { jpKnivesModel } from './jp-knives/index.js';
import { keCraftsModel } from './ke-crafts/index.js';
import { krBeautyModel } from './kr-beauty/index.js';
import { kzElectronicsModel } from './kz-electronics/index.js';
import { latamTicketsModel } from './latam-tickets/index.js';
import { lkTeaModel } from './lk-tea/index.js';
import { ltAmberModel } from './lt-amber/index.js';
import { menaElectronicsModel } from './mena-electronics/index.js';
import { mxDepartmentModel } from './mx-department/index.js';
import { myBatikModel } from './my-batik/index.js';
import { naLuxuryModel } from './na-luxury/index.js';
import { ngFashionModel } from './ng-fashion/index.js';
import { nlFlowersModel } from './nl-flowers/index.js';
import { noKnitwearModel } from './no-knitwear/index.js';
import { nordicHomeModel } from './nordic-home/index.js';
import { nzOutdoorModel } from './nz-outdoor/index.js';
import { peAlpacaModel } from './pe-alpaca/index.js';
import { phTopupsModel } from './ph-topups/index.js';
import { pkLawnModel } from './pk-lawn/index.js';
import { roCosmeticsModel } from './ro-cosmetics/index.js';
import { rsElectronicsModel } from './rs-electronics/index.js';
import { plFashionModel } from './pl-fashion/index.js';
import { ptPerfumeModel } from './pt-perfume/index.js';
import { saOudModel } from './sa-oud/index.js';
import { sePharmacyModel } from './se-pharmacy/index.js';
import { sgElectronicsModel } from './sg-electronics/index.js';
import { thSilkModel } from './th-silk/index.js';
import { tnDatesModel } from './tn-dates/index.js';
import { trRugsModel } from './tr-rugs/index.js';
import { twTeaModel } from './tw-tea/index.js';
import { ukAutopartsModel } from './uk-autoparts/index.js';
import { ukBooksModel } from './uk-books/index.js';
import { ukBullionModel } from './uk-bullion/index.js';
import { ukExperiencesModel } from './uk-experiences/index.js';
import { ukFashionModel } from './uk-fashion/index.js';
import { ukPhonesModel } from './uk-phones/index.js';
import { usB2bSuppliesModel } from './us-b2b-supplies/index.js';
import { usCameraModel } from './us-camera/index.js';
import { usFurnitureModel } from './us-furniture/index.js';
import { usGolfModel } from './us-golf/index.js';
import { usHomePickupModel } from './us-home-pickup/index.js';
import { usJewelryModel } from './us-jewelry/index.js';
import { usOutdoorModel } from './us-outdoor/index.js';
import { usPetrxModel } from './us-petrx/index.js';
import { usSaasModel } from './us-saas/index.js';
import { usSneakersModel } from './us-sneakers/index.js';
import { usToysModel } from './us-toys/index.js';
import { usVinylModel } from './us-vinyl/index.js';
import { vnPhonesModel } from './vn-phones/index.js';
import { zaBiltongModel } from './za-biltong/index.js';

/**
 * Every traffic model `npm run eval` knows, by name (docs/detection.md, "The traffic models" and "Held out"):
 * `demo-store` is the one the default rules were tuned on from the start; `eu-store` was written apart from the
 * rules and became a tuning model. `nordic-home`, `us-outdoor`, `au-electronics`, `uk-fashion`, `latam-tickets`,
 * `dach-apotheke` and `na-luxury` were each written independently of the rules and of the other models, run once as
 * the held-out model, then tuned on. `apac-marketplace` (a multi-category marketplace for Singapore, Malaysia, the
 * Philippines, Japan and South Korea), `mena-electronics` (an electronics and phones retailer for the Gulf, Egypt,
 * Jordan, Morocco and Turkey) and `digital-keys` (a global shop for game keys, gift cards, in-game currency,
 * subscriptions and software licences, delivered instantly), written the same way, were held out, run once, then
 * tuned on. `india-fashion` (an Indian fashion and lifestyle store in rupees over a festive sale: UPI, cards with
 * OTP, cash on delivery, NRIs paying from abroad) and `us-b2b-supplies` (a US/Canada store for business and
 * industrial supplies: company accounts, purchase orders, net terms, job-site deliveries), written the same way,
 * were held out, run once after the pass that tuned on mena-electronics and digital-keys, then tuned on.
 * `africa-electronics` (an electronics, phones and appliance retailer for Nigeria, Kenya, South Africa and Ghana
 * over Black Friday week: local currencies, cards with 3-D Secure, M-Pesa and MoMo, pay on delivery, diaspora
 * buyers) and `us-home-pickup` (a US home-improvement and electronics chain, mostly buy-online-pick-up-in-store,
 * over the holiday weeks), written the same way, were held out, run once after the pass that tuned on india-fashion
 * and us-b2b-supplies, then tuned on. `br-electronics` (a Brazilian electronics and home-appliance retailer in reais
 * over Black Friday week: Pix, boleto, cards in installments, CPF/CNPJ buyers) and `ca-grocery` (a Canadian online
 * grocery and meal-kit delivery service over the three weeks before the holidays: weekly baskets, renewals charged
 * without a card code, referral codes), written the same way, were held out, run once after the pass that tuned on
 * africa-electronics and us-home-pickup, then tuned on. `jp-hobby` (a Japanese hobby and collectibles shop selling
 * worldwide in yen over a release week: booster boxes, figures, model kits, pre-orders and lottery sales; konbini,
 * carrier billing and 3-D Secure cards at home, EMS and package forwarders abroad) and `eu-furniture` (a furniture,
 * mattress and large-appliance retailer for Italy, Spain, Poland, Romania and Greece over the January sales:
 * two-person delivery with assembly, click-and-collect, instalments, BLIK, Bizum, transfers and cash on delivery,
 * trade buyers fitting out holiday rentals), written the same way, were held out, run once after the pass that tuned
 * on br-electronics and ca-grocery, then tuned on. `fr-wine` (a Bordeaux wine and spirits merchant selling in euros
 * to Europe, the US and Asia before Christmas: grands crus, allocations, en-primeur, gift boxes, corporate gifts, a
 * wine club; duty-paid or in bond) and `kr-beauty` (a Korean K-beauty shop selling in won to Korea and the world
 * over the 11.11 sale week: Kakao Pay, Naver Pay, Toss, carrier billing at home, cards and PayPal abroad,
 * forwarders), written the same way, were held out, run once after the pass that tuned on jp-hobby and eu-furniture,
 * then tuned on. `de-bikes` (a German bicycle and e-bike retailer selling in euros to Germany, Austria, Switzerland,
 * the Netherlands, Belgium, the Nordics, France and Italy over its Easter sale: e-bikes, cargo bikes, batteries,
 * Klarna, SEPA debit, company bike leasing, freight and shop collection) and `us-sneakers` (a Los Angeles and New
 * York sneaker and streetwear boutique selling in US dollars to the US and Canada and shipping worldwide over two
 * October weeks with three limited drops: bots, raffles, stolen cards to Delaware, Oregon and New Jersey reshippers,
 * loyalty account takeover, card testing on e-gift cards), written the same way, were held out, run once after the
 * pass that tuned on fr-wine and kr-beauty, then tuned on. `nl-flowers` (a Dutch online florist near Aalsmeer
 * selling in euros to seven EU countries over the fortnight before Valentine's Day: gifts to someone else, often
 * abroad, iDEAL, Bancontact, 3-D Secure cards, Klarna, same-day couriers, subscriptions, staff bouquets, e-mailed
 * vouchers) and `us-petrx` (a US online pet supplies store and pet pharmacy selling in US dollars to the 50 states,
 * Puerto Rico and a little to Canada over two weeks of flea and tick season before Memorial Day: autoship renewals
 * on saved cards, vet-authorised prescriptions, stolen cards buying resale-grade flea/tick packs for reshippers,
 * autoship account takeover, first-autoship promo farms), written the same way, were held out, run once after the
 * pass that tuned on de-bikes and us-sneakers, then tuned on. `mx-department` (a Mexican department store selling in
 * pesos across Mexico over El Buen Fin and the week before it: meses sin intereses, OXXO cash vouchers, SPEI, the
 * store card and monedero, click & collect, paisanos paying from the US) and `uk-autoparts` (a UK online car parts,
 * tyres and accessories retailer selling in pounds to the UK and Ireland over two weeks of November winter
 * preparation: tyres fitted at partner garages, click & collect, trade accounts on 30-day terms, catalytic
 * converters, ECUs and diagnostic tools), each written by someone who read neither the rules nor any other model's
 * generator, were held out, run once after the pass that tuned on nl-flowers and us-petrx, then tuned on.
 * `es-travel` (a Madrid online travel agency selling flights, hotels, packages, rail, car hire and travel gift cards
 * in euros over the two weeks up to Christmas Eve), `au-supplements` (a Brisbane sports nutrition and supplements
 * store selling in Australian dollars to Australia and New Zealand over the New Year "new you" season:
 * subscriptions, Afterpay and Zip, parcel lockers, gym click and collect), `us-saas` (a US maker of design and video
 * tools selling subscriptions in dollars, euros and pounds worldwide over the two weeks around its Black Friday /
 * Cyber Monday annual-plan sale) and `id-marketplace` (an Indonesian online marketplace store selling fashion,
 * phones and gadgets, beauty, household goods, vouchers and mobile top-ups in rupiah across Indonesia over the two
 * weeks up to and including the 12.12 Harbolnas sale), each written the same way, were held out, run once after the
 * pass that tuned on mx-department and uk-autoparts, then tuned on. `cz-pc-parts` (a Prague online PC components and
 * gaming hardware shop selling in koruna and euros to Czechia, Slovakia, Poland, Hungary, Germany and Austria over
 * two weeks around a graphics-card launch in late January), `uk-bullion` (a Birmingham precious-metals dealer
 * selling gold and silver coins and bars online in pounds, euros and dollars over two weeks of a gold price spike in
 * March), `it-fashion` (a Milan designer-fashion boutique selling online in euros, dollars, pounds and yuan over the
 * two weeks of its end-of-season sale in early July) and `us-toys` (a US toy and games retailer selling online in
 * dollars to the 50 states, APO/FPO and a little to Canada over the three weeks before Christmas), each written the
 * same way, were held out, run once after the pass that tuned on es-travel, au-supplements, us-saas and
 * id-marketplace, then tuned on. `fr-electronics` (a French electronics, appliance and entertainment retailer
 * selling online in euros to France, Belgium, Luxembourg and the overseas departments and in francs to Switzerland
 * over the two weeks of the January winter sales) and `pl-fashion` (a Polish online fashion and footwear retailer
 * selling in złoty, koruna, forint, lei and euros to Poland, Czechia, Slovakia, Hungary, Romania and the Baltics
 * over the two weeks of Black Week), each written the same way, were held out, run once after the pass that tuned on
 * cz-pc-parts, uk-bullion, it-fashion and us-toys, then tuned on. `pt-perfume` (a Lisbon online perfumery and
 * cosmetics retailer selling in euros to Portugal, Spain, France, Luxembourg and Belgium and in francs to
 * Switzerland over the weeks before Mother's Day: MB Way, Multibanco references, e-mailed gift cards, a loyalty
 * club, emigrants sending presents home) and `at-ski` (an Innsbruck ski, snowboard and mountain-sports retailer
 * selling online in euros and Swiss francs to Austria, Germany, Switzerland, South Tyrol, Slovenia, the Netherlands
 * and Belgium over the first three weeks of the ski season), each written the same way, were held out, run once
 * after the pass that tuned on fr-electronics and pl-fashion, then tuned on. `se-pharmacy` (a Swedish online
 * pharmacy and health & beauty store selling in kronor to Sweden, in euros to Finland and in kroner to Norway and
 * Denmark over three weeks of January cold-and-flu season: Swish, Klarna, Trustly, BankID prescriptions, parcel
 * lockers) and `ie-gaming` (a Dublin video-game, console and accessories retailer selling in euros to Ireland and
 * the EU and in pounds to Northern Ireland and Great Britain over the fortnight of a limited console bundle launch
 * and a blockbuster release in November), each written the same way, were held out and run once on the same rules,
 * then tuned on (se-pharmacy since the fix its run found). `us-jewelry` (a New York online fine jeweller selling in
 * US dollars to the 50 states and a little to Canada and the UK over the two weeks before Valentine's Day:
 * engagement rings, diamond studs, gold chains, watches, lab-grown diamonds, e-gift cards; signature delivery, FedEx
 * hold-at-location, Affirm, PayPal, Apple Pay and cards with AVS), `ca-electronics` (a Toronto consumer-electronics
 * retailer selling online in Canadian dollars to every province and territory, in English and French, over Boxing
 * Day week: shipping, store pickup, e-gift cards, cards with AVS, Interac, PayPal, Affirm) and `uk-phones` (a
 * Manchester online retailer of SIM-free phones, tablets, watches, earbuds and refurbished devices selling in pounds
 * to the UK and in euros to Ireland over the fortnight of a flagship phone launch in September), each written the
 * same way and without reading the project's history, were held out, run once after the pass that tuned on
 * pt-perfume, at-ski and ie-gaming, then tuned on. `us-furniture` (a North Carolina online furniture, mattress and
 * home-decor retailer selling in US dollars to the 48 contiguous states and a little to Alaska, Hawaii and Canada
 * over the two weeks of its Presidents' Day sale: white-glove and freight delivery with appointment windows, Affirm
 * and the store card, trade accounts, rental hosts), `ch-watches` (a Geneva online watch and jewellery boutique
 * selling new and certified pre-owned Swiss watches, fine jewellery, straps and gift vouchers in francs, euros,
 * dollars and pounds worldwide over the three weeks before Christmas) and `sg-electronics` (a Singapore online
 * electronics and gadgets retailer selling in Singapore dollars to Singapore and Malaysia and in local currencies to
 * the Philippines, Indonesia, Thailand, Vietnam and Australia over the 11.11 and 12.12 sale weeks: PayNow, GrabPay,
 * Atome, cards with 3-D Secure, parcel lockers), each written the same way, were held out and run once on the same
 * rules, then tuned on. `us-camera` (a New York camera, lens, video and pro-audio superstore selling online in US
 * dollars to the 50 states, Canada, the UK, the EU, Israel, Australia and Latin America over Black Friday and Cyber
 * Monday weeks: pickup at the Manhattan store, which closes for the Sabbath and Jewish holidays, pro accounts on net
 * terms, education discounts, financing, wires for big exports, Miami forwarders), `au-fashion` (a Sydney women's
 * fashion, shoes and accessories label selling online in Australian dollars to Australia, in New Zealand dollars to
 * New Zealand and a little in US dollars to the US over the Click Frenzy and Black Friday fortnight: Afterpay, Zip,
 * PayPal, Apple Pay and cards, parcel lockers, click and collect at eight boutiques, free returns, influencer codes,
 * a loyalty club, student discounts) and `de-tools` (a Stuttgart online DIY, power-tool and garden-machinery
 * retailer selling in euros to Germany, Austria, the Benelux and France and in francs and złoty to Switzerland and
 * Poland over four weeks of the spring garden season: cordless kits, robot mowers, chainsaws, generators, Klarna
 * invoice, SEPA debit, Packstation lockers, freight and trade accounts), each written the same way and without
 * reading the project's history, were held out, run once after the pass that tuned on us-jewelry, ca-electronics,
 * uk-phones, us-furniture, ch-watches and sg-electronics, then tuned on. `it-coffee` (a Turin online retailer of
 * espresso machines, grinders, coffee beans, capsules and accessories selling in euros to Italy, Germany, Austria,
 * France, Spain and the Benelux and in francs to Switzerland over the three weeks before Christmas: bean-to-cup and
 * lever machines, capsule subscriptions renewed monthly on a saved card, office-coffee plans, a trade-in programme,
 * gift boxes, Scalapay and PayPal in three instalments, cards with 3-D Secure, SEPA transfers for businesses,
 * couriers and pick-up points), `ph-topups` (a Manila online store for prepaid load, data promos, game credits,
 * bills payment and digital gift cards, selling in pesos across the Philippines and to OFWs in the Gulf, Hong Kong,
 * Singapore, the US and Italy over the two weeks of Christmas and 13th-month pay: GCash, Maya, GrabPay, cards with
 * 3-D Secure, 7-Eleven cash codes, online banking, sari-sari loading agents) and `us-golf` (a Texas online golf
 * retailer selling in US dollars to the 50 states and a little to Canada, Mexico and the UK over the three weeks
 * before Father's Day: custom-fit clubs built to order, trade-ins, price matching, Affirm and Klarna, pickup at four
 * Texas shops, corporate tournament orders, shipping to resorts and country clubs), each written the same way and
 * without reading the project's history, were held out, run once after the pass that tuned on us-camera, au-fashion
 * and de-tools, then tuned on. `be-chocolate` (a Brussels chocolatier selling online in euros to Belgium, the
 * Netherlands, France, Germany, Luxembourg and a little to the UK over the four weeks before Easter: Bancontact,
 * iDEAL, chilled parcels abroad, corporate logo boxes, e-gift cards, workshops), `tr-rugs` (an Istanbul dealer of
 * handmade carpets, kilims, cushions and ceramics selling worldwide online in US dollars, with some euros and lira,
 * over three autumn weeks) and `sa-oud` (a Riyadh perfumery selling oud oils, bakhoor, perfumes and gift sets online
 * in riyals to the Gulf, the UK and Egypt over the last three weeks of Ramadan and Eid al-Fitr: mada, Apple Pay, STC
 * Pay, Tabby and Tamara, cash on delivery), each written the same way, were held out, run once after the pass that
 * tuned on it-coffee, ph-topups and us-golf, then tuned on. `kz-electronics` (an Almaty online electronics and
 * home-appliance retailer selling in tenge across Kazakhstan and in som, sum or dollars to Kyrgyzstan and Uzbekistan
 * over the fortnight of its 11.11 sale: 0-0-12 bank instalments, QR payments, cards with 3-D Secure, cash on
 * delivery, pickup points, express delivery in Almaty and Astana), `ar-yerba` (a Buenos Aires online shop for yerba
 * mate, mates and bombillas, Argentine wine, alfajores, dulce de leche and leather goods selling in pesos at home
 * and in dollars and euros to the diaspora over the two weeks before Día del Padre: Mercado Pago, cuotas on
 * bank-promotion days, transfers, Rapipago/Pago Fácil vouchers, pickup points) and `nz-outdoor` (a Christchurch
 * outdoor and hunting store selling tramping gear, merino, tents, optics, fishing gear, e-bikes, kayaks and
 * satellite messengers online in New Zealand and Australian dollars over the three weeks before Christmas: rural
 * delivery, click-and-collect, Afterpay, Laybuy and POLi, Kiwis abroad and tourists sending gear ahead), each
 * written the same way, were held out, run once after the pass that tuned on be-chocolate, tr-rugs and sa-oud, then
 * tuned on. `vn-phones` (a Ho Chi Minh City online retailer of phones, laptops and electronics selling in dong
 * across Vietnam over the weeks around its 12.12 and pre-Tết sale: MoMo, ZaloPay, VNPay QR, Napas ATM cards, cards
 * with 3-D Secure, 0 % instalments through consumer-finance companies, cash on delivery, shop pickup, two-hour
 * delivery, Viet Kieu buying for family at home), `dk-bricks` (a Copenhagen online shop for construction-toy sets,
 * retired and collectible sets, minifigures, bulk parts and display cases, selling in kroner, euros, kronor, pounds
 * and dollars over three November weeks around a flagship launch and Black Friday) and `uk-experiences` (a London
 * online seller of experience days and gift vouchers selling in pounds across the UK and in euros to Ireland over
 * the four weeks before Christmas: e-vouchers e-mailed instantly or on Christmas morning, posted gift boxes, cards
 * with 3-D Secure, Apple Pay, PayPal, Klarna, voucher exchanges and staff rewards on invoice), each written the same
 * way, were held out, run once after the pass that tuned on kz-electronics, ar-yerba and nz-outdoor, then tuned on.
 * `ng-fashion` (a Lagos online fashion and beauty shop selling ready-to-wear, aso-ebi fabric, wigs, sneakers,
 * fragrance and beauty in naira across Nigeria and to the diaspora in the UK, the US, Canada and Ghana over Black
 * Friday and the run-up to detty December: Verve, Mastercard and Visa cards with OTP, bank transfers, USSD, pay on
 * delivery, foreign cards from the diaspora), `gr-deli` (an Athens delicatessen selling olive oil, honey, feta,
 * wine, ouzo, vasilopita and gift hampers online in euros to Greece, Cyprus, the EU, the UK, the US and Australia
 * over the four weeks before New Year: cards under 3-D Secure, PayPal, IRIS, bank transfer and cash on delivery,
 * corporate hampers to many addresses, the diaspora sending gifts home) and `pe-alpaca` (a Lima shop for alpaca and
 * vicuña textiles selling online in US dollars to the US, Canada, Europe, Japan and Australia and in soles to Peru
 * over five autumn weeks with Cyber Wow, Black Friday and the December gift rush: cards through a Peruvian acquirer,
 * PayPal, Yape, transfers, tourists reordering from home or still on hotel wifi, boutiques buying wholesale), each
 * written the same way, were held out, run once after the pass that tuned on vn-phones, dk-bricks and
 * uk-experiences, then searched on (no rule changed). `jp-knives` (a Sakai kitchen-knife workshop selling
 * hand-forged gyuto, santoku, nakiri, yanagiba and petty knives, whetstones, sayas, knife rolls and gift sets online
 * in yen to Japan and in dollars, euros, pounds and Australian dollars to the US, Canada, Europe, the UK, Australia,
 * Singapore and Hong Kong over the four weeks before Christmas and the Japanese year-end: cards under 3-D Secure,
 * PayPal, konbini and bank transfer at home, EMS and DHL abroad with age-checked delivery of blades to the UK, chefs
 * and restaurants buying for the brigade, collectors at limited smith-run drops, tourists reordering from home,
 * wedding and retirement gifts), `es-football` (a Madrid online shop for football shirts, boots, training kit,
 * signed memorabilia and match-ball replicas selling in euros to Spain and the EU, in pounds to the UK and in
 * dollars to the US and Latin America over three November weeks with a third-kit launch, a Clásico and Black Friday:
 * cards under 3-D Secure, Bizum, PayPal, Klarna, Apple Pay, name-and-number printing, supporters' clubs ordering
 * dozens, limited drops chased by bots) and `il-deadsea` (an Israeli Dead Sea cosmetics brand selling mud masks,
 * salt scrubs, mineral creams, serums, gift sets and subscription refills online in shekels in Israel and in
 * dollars, euros and pounds to the US, Europe, the UK, Canada and Australia over the four weeks around Hanukkah and
 * Christmas: Isracard, Visa and Mastercard with tashlumim at home, 3-D Secure abroad, PayPal, Bit, mall-kiosk
 * customers reordering refills, tourists reordering after a Dead Sea trip, creators' codes, spas and salons buying
 * wholesale, gifts shipped to relatives abroad), each written the same way, were held out, run once on the rules of
 * the pass that tuned on vn-phones, dk-bricks and uk-experiences, then searched on with the others (no rule
 * changed). `us-vinyl` (a Nashville independent record store and label shop selling new and used LPs, limited
 * coloured pressings, RSD Black Friday exclusives, box sets, turntables, merch and gift cards online in US dollars
 * across the US and by post to Canada, the UK, Europe, Japan and Australia from Black Friday to the last shipping
 * days before Christmas), `eg-cotton` (a Cairo maker of Egyptian-cotton bed linen, towels and bathrobes selling
 * online in pounds at home and in riyals, dirhams, dollars, euros and pounds to the Gulf, Europe, the UK and North
 * America over December and the January sales: trousseaux, hotel bales, Meeza and cards with OTP, Fawry, Vodafone
 * Cash and cash on delivery) and `th-silk` (a Bangkok house of Thai silk and home textiles selling online in baht to
 * Thailand and in dollars, euros, pounds and Australian dollars abroad from Loy Krathong to New Year: PromptPay,
 * Thai cards with OTP, TrueMoney and cash on delivery at home, tourists on hotel Wi-Fi, designers and hotels buying
 * bolts by the dozen), each written the same way, were held out and run once in the round after the search, on the
 * same rules (no rule changed). `no-knitwear` (a Bergen knitwear house selling lusekofte, Marius, Fana and Setesdal
 * sweaters, cardigans, hats, mittens, blankets, children's sets, knitting kits, hand-knitted pieces and gift cards
 * online in kroner to Norway and in kronor, euros, pounds and dollars to the Nordics, Germany, the Netherlands, the
 * UK and the US from mid-October to the Christmas posting deadlines: Vipps and Klarna at home, MobilePay, cards
 * under 3-D Secure and PayPal abroad, Posten/Bring pick-up points and lockers, DHL with US duties, cruise and
 * Hurtigruten passengers reordering from home, ski clubs and companies ordering logo sweaters), `za-biltong` (a Cape
 * Town biltong, droëwors and South African pantry shop selling online in rand across South Africa and in pounds,
 * euros, dollars, Australian and New Zealand dollars to the diaspora over the four weeks from Black Friday to
 * Christmas Eve: cards under 3-D Secure, Instant EFT, SnapScan and Zapper at home, PayPal and foreign cards from
 * abroad, couriers and pick-up lockers, meat only within the customs union, expats sending boxes home, corporate
 * year-end hampers) and `co-coffee` (a Medellín specialty coffee roaster selling single-origin beans, ground coffee,
 * capsules, green coffee by the sack, brewing gear, tasting boxes, gift sets and subscriptions online in pesos
 * across Colombia and in dollars and euros to the US, Canada, Spain and the rest of Europe over the four weeks
 * around Amor y Amistad and the first holiday pre-orders abroad: PSE, Nequi, Daviplata, cards in cuotas, expiring
 * Efecty vouchers, cash on delivery, invoices for cafés and offices, PayPal and 3-D Secure cards abroad, renewals on
 * saved cards), each written the same way, were held out and run once in the round after the search on seventy-two
 * models, on the same rules (no rule changed). `ke-crafts` (a Nairobi shop for Kenyan crafts, tea and coffee selling
 * in shillings to Kenya by M-Pesa, Airtel Money, cards and pay on delivery, and in dollars, pounds and euros to the
 * diaspora, tourists and boutiques in the US, the UK, Germany and the Netherlands over the four weeks before
 * Christmas), `my-batik` (a Kuala Lumpur fashion house for batik, songket, baju kurung and baju Melayu selling
 * online in ringgit across Malaysia and in Singapore and US dollars to Singapore, Brunei, Indonesia and the diaspora
 * over the five weeks before Hari Raya Aidilfitri: FPX, Touch 'n Go eWallet, GrabPay, cards with OTP, Atome, cash on
 * delivery in Peninsular Malaysia, family sets, made-to-measure before the tailoring cut-off, corporate Raya gifts)
 * and `hu-porcelain` (a Budapest dealer in Herend and Zsolnay porcelain, Ajka crystal and certified antiques selling
 * online in forints to Hungary and in euros, pounds and dollars to Europe, the US, the Gulf and East Asia over the
 * three weeks of its Christmas season: cards under 3-D Secure, PayPal, forint transfers and SWIFT wires, cash on
 * delivery, pick-up at the Váci utca shop, insured courier and DHL Express), each written the same way, were held
 * out and run once in the round after the one that ran za-biltong, no-knitwear and co-coffee, on the same rules;
 * ke-crafts was then tuned on (mobile money no longer counts as an unverified payment), my-batik and hu-porcelain
 * were not. `tw-tea` (a Taipei tea house selling oolong, teaware, New Year gift boxes and tea-class vouchers online
 * in New Taiwan dollars across Taiwan and in dollars, Hong Kong dollars, yen and euros abroad over the four weeks
 * before Lunar New Year: SMS 3-D Secure cards, LINE Pay, JKOPay, ATM transfers, cash at convenience-store pickup,
 * office gifts on tax-ID invoices, the diaspora sending gifts home), `pk-lawn` (a Lahore women's fashion label
 * selling unstitched lawn and chiffon, pret, formals, dupattas and accessories online in rupees across Pakistan and
 * in pounds, dollars, dirhams and Canadian dollars to the diaspora over Ramadan, the summer lawn launch and Eid
 * ul-Fitr: cash on delivery refused at the door, JazzCash, Easypaisa, Raast transfers, cards with OTP at home, 3-D
 * Secure cards and PayPal abroad, boutiques buying in bulk, family abroad sending outfits home) and `uk-books` (an
 * independent Edinburgh bookseller selling new, signed and special editions, university textbooks, rare and
 * antiquarian first editions, subscriptions, e-gift cards and event tickets online in pounds to the UK and in euros
 * and dollars to Ireland, Europe, the US and Australia from freshers' weeks to Book Week Scotland and St Andrew's
 * Day: cards under 3-D Secure, Apple and Google Pay, PayPal, Klarna, bank transfers for rare books, invoices for
 * libraries, schools and universities, Royal Mail, insured couriers and click and collect), each written the same
 * way, were held out and run once in the round after the one that ran ke-crafts, my-batik and hu-porcelain, on the
 * rules of that round; tw-tea and pk-lawn were then tuned on (more payment-method names read, and a known customer's
 * new network not counted when the buyer pays cash), uk-books was not. `cl-wine` (a Santiago wine and pisco shop
 * selling bottles, cases, icon wines, pisco, gift boxes, a wine club and tasting tickets online in pesos across
 * Chile and in dollars to the US, Brazil and its neighbours over the four weeks around Fiestas Patrias: Webpay Plus
 * credit in cuotas and Redcompra debit, Mercado Pago, Khipu, transfers, cash on delivery in Santiago, PayPal and 3-D
 * Secure cards abroad), `bd-gadgets` (a Dhaka gadget shop selling phones, earbuds, smartwatches, power banks and
 * gaming gear online in taka across Bangladesh and to the diaspora over the five weeks before Eid ul-Adha: bKash,
 * Nagad, Rocket, cash on delivery by courier, local cards with EMI, foreign cards and PayPal, pickup at Jamuna
 * Future Park) and `ro-cosmetics` (a Bucharest beauty and cosmetics shop selling skincare, make-up, perfume, hair
 * care, Korean skincare, gift sets and gift cards online in lei across Romania and in euros to Moldova, Hungary,
 * Bulgaria and the diaspora in Italy, Spain and Germany over Black Friday and the weeks to Christmas: ramburs by Fan
 * Courier, Sameday and Cargus and to easybox lockers, 3-D Secure cards, card instalments, PayPal, transfers for
 * salons, gift cards and a loyalty wallet), each written the same way, were held out and run once in the round after
 * the one that ran tw-tea, pk-lawn and uk-books, on the rules of that round; cl-wine and ro-cosmetics were then
 * tuned on (more payment-method names read: Webpay, Redcompra and card instalments as cards, ramburs and contra
 * entrega as cash on delivery, gift cards and a loyalty wallet as gift cards), bd-gadgets was not. `ma-argan` (a
 * Marrakech shop for argan oil, amlou, ghassoul, black soap, rose water, saffron, babouches, leather, Safi and Fes
 * ceramics and Berber rugs selling online in dirhams across Morocco and in euros to Europe and North America over
 * four summer weeks of Marhaba: CMI cards with 3-D Secure, cash on delivery by Amana or courier, Cash Plus and
 * Wafacash codes, transfers, PayPal and euro cards, same-day delivery to riads, rugs by freight), `rs-electronics`
 * (a Belgrade consumer-electronics and home-appliance retailer selling phones, laptops, TVs, consoles, white goods
 * and small appliances online in dinars across Serbia and in euros to Montenegro, Bosnia and Herzegovina and North
 * Macedonia from the week before Crni petak to the New Year rush: cash on delivery, Dina, Visa and Mastercard under
 * 3-D Secure, card instalments, IPS QR, payment slips, PayPal, pro forma invoices for companies, store pickup, the
 * diaspora in Germany, Austria and Switzerland buying for family at home) and `fi-sauna` (a Finnish maker and online
 * retailer of sauna stoves, barrel and garden sauna kits, hot tubs and sauna accessories selling in euros, kronor
 * and dollars over the spring weeks when cottages are readied: online-bank buttons, MobilePay, cards with 3-D
 * Secure, Klarna and instalments, invoices for installers and housing associations, freight with a delivery slot and
 * Posti lockers), each written the same way, were held out and run once in the round after the one that ran cl-wine,
 * bd-gadgets and ro-cosmetics, on the rules of that round; rs-electronics and fi-sauna were then tuned on (more
 * payment-method names read: kartica as a card, pouzećem as cash on delivery, IPS QR and online-bank buttons as bank
 * transfers, instalments as pay-later, pro formas as invoices), ma-argan was not. `hr-olive` (a Split family shop
 * selling olive oil, Dalmatian wine and prošek, Hvar lavender, Istrian truffles, fig jams, Nin salt and souvenirs
 * online in euros, pounds and dollars over the July and August peak: cards under 3-D Secure, KEKS Pay, Aircash,
 * PayPal, opća uplatnica, cash on delivery, pickup at the shop, a same-day van to apartments, hotels and marinas),
 * `tn-dates` (a Tozeur producer-exporter of Deglet Nour dates, Sfax olive oil, harissa, honey, blossom waters and
 * Ramadan and Eid gift boxes selling online in dinars across Tunisia and in euros to France, Italy, Germany and
 * Belgium over Ramadan and Eid al-Fitr: cash on delivery, bank cards and e-Dinar through the local gateway, D17,
 * Flouci, transfers, foreign cards and PayPal, the diaspora ordering for family at home, mosques buying iftar
 * cartons) and `ca-maple` (a Beauce sugar shack and maple producer selling syrup by grade and size, maple butter,
 * taffy, sugar, gift baskets, restaurant cans and jugs, shack meal bookings and gift cards online in Canadian
 * dollars across Canada and in US dollars to the US over the sugaring season to Easter: Interac e-Transfer and
 * Interac Online, 3-D Secure cards, Apple Pay, PayPal, invoices for companies and restaurants, Canada Post, couriers
 * and farm pickup), each written the same way, were held out and run once in the round after the one that ran
 * ma-argan, rs-electronics and fi-sauna, on the rules of that round; all three were then tuned on (more
 * payment-method names read: pay in the shop, pay at pickup and paiement à la livraison as cash on delivery, KEKS
 * Pay as a wallet, Aircash, D17 and Flouci as mobile money, e-Dinar as a card); hr-olive stays over the
 * false-positive budget. `lt-amber` (a Palanga and Vilnius shop for Baltic amber jewellery, teething necklaces,
 * collector pieces, linen and Lithuanian gifts selling online in euros, pounds and dollars over the Baltic summer
 * from Joninės to the end of August: Paysera bank links, cards, Apple and Google Pay, PayPal, Revolut Pay, cash at
 * the Palanga shop, invoices for resellers and hotel gift shops), `lk-tea` (a Kandy and Colombo Ceylon tea estate
 * shop selling teas, gift tins and chests, spices and handloom and batik online in rupees across Sri Lanka and in
 * dollars, pounds, euros and Australian dollars abroad from the week before the Sinhala and Tamil New Year to Vesak:
 * PayHere cards, FriMi, Genie, LankaQR, deposit slips, cash on delivery, Koko, PayPal and foreign cards) and
 * `ge-wine` (a Tbilisi and Kakheti family winery and shop selling qvevri wines, chacha, churchkhela, honey and
 * qvevri-ware online in lari across Georgia and in euros and dollars to the EU, the US and Israel over the Rtveli
 * harvest season, 14 September to 18 October: Bank of Georgia and TBC card pages, Apple and Google Pay, the bank's
 * instalments, cash to the Tbilisi van, transfers for restaurants and importers, cards and PayPal abroad), each
 * written the same way, are held out for the next pass: not yet run, never tuned on.
 */
export const MODELS: ReadonlyArray<TrafficModel> = [
  demoStoreModel,
  euStoreModel,
  nordicHomeModel,
  usOutdoorModel,
  auElectronicsModel,
  ukFashionModel,
  latamTicketsModel,
  dachApothekeModel,
  naLuxuryModel,
  apacMarketplaceModel,
  menaElectronicsModel,
  digitalKeysModel,
  indiaFashionModel,
  usB2bSuppliesModel,
  africaElectronicsModel,
  usHomePickupModel,
  brElectronicsModel,
  caGroceryModel,
  jpHobbyModel,
  euFurnitureModel,
  frWineModel,
  krBeautyModel,
  deBikesModel,
  usSneakersModel,
  nlFlowersModel,
  usPetrxModel,
  mxDepartmentModel,
  ukAutopartsModel,
  esTravelModel,
  auSupplementsModel,
  usSaasModel,
  idMarketplaceModel,
  czPcPartsModel,
  ukBullionModel,
  itFashionModel,
  usToysModel,
  frElectronicsModel,
  plFashionModel,
  ptPerfumeModel,
  atSkiModel,
  sePharmacyModel,
  ieGamingModel,
  usJewelryModel,
  caElectronicsModel,
  ukPhonesModel,
  usFurnitureModel,
  chWatchesModel,
  sgElectronicsModel,
  usCameraModel,
  auFashionModel,
  deToolsModel,
  itCoffeeModel,
  phTopupsModel,
  usGolfModel,
  beChocolateModel,
  trRugsModel,
  saOudModel,
  kzElectronicsModel,
  arYerbaModel,
  nzOutdoorModel,
  vnPhonesModel,
  dkBricksModel,
  ukExperiencesModel,
  ngFashionModel,
  grDeliModel,
  peAlpacaModel,
  jpKnivesModel,
  esFootballModel,
  ilDeadseaModel,
  usVinylModel,
  egCottonModel,
  thSilkModel,
  noKnitwearModel,
  zaBiltongModel,
  coCoffeeModel,
  keCraftsModel,
  myBatikModel,
  huPorcelainModel,
  twTeaModel,
  pkLawnModel,
  ukBooksModel,
  clWineModel,
  bdGadgetsModel,
  roCosmeticsModel,
  maArganModel,
  rsElectronicsModel,
  fiSaunaModel,
  hrOliveModel,
  tnDatesModel,
  caMapleModel,
  ltAmberModel,
  lkTeaModel,
  geWineModel,
];
