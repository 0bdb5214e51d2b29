import SafeLink from '@/components/SafeLink/SafeLink';
import { formatFinnishDate } from '@/lib/dates/formatFinnishDate';
import {
  BUSINESS_ADDRESS_LINES,
  BUSINESS_NAME,
  CONTACT_EMAIL,
  CONTACT_PHONE,
} from '@/lib/site/contact';

import classes from './Tietosuoja.module.css';
import { updatedAt } from './pageMetadata';
import structuredData from './structuredData.js';

export { default as generateMetadata } from './generateMetadata';

export default function PrivacyPage() {
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(structuredData).replace(/</g, '\\u003c'),
        }}
      />

      <div className={classes.PrivacyPage}>
        <h1>Tietosuojaseloste</h1>
        <p>
          <em>Päivitetty: {formatFinnishDate(updatedAt)}</em>
        </p>

        <p>
          Lieromaa-verkkosivustoa ylläpitää Joonas Niemenjoki (rekisterinpitäjä). Tässä
          tietosuojaselosteessa kerrotaan käytännöistä, jotka liittyvät henkilötietojen
          keräämiseen, käyttöön, säilyttämiseen ja luovuttamiseen kolmansille osapuolille
          tämän sivuston yhteydessä GDPR:n (EU 2016/679) mukaisesti. Sivustoa voi selata
          ilman tilausta, mutta tilausten tekeminen edellyttää tiettyjen henkilötietojen
          antamista. Sivustolla ei käytetä automaattista päätöksentekoa tai profilointia,
          joka tuottaisi oikeusvaikutuksia.
        </p>

        <h2>Rekisterinpitäjän yhteystiedot</h2>
        <p>
          Rekisterinpitäjä: <strong>{BUSINESS_NAME}</strong>
          <br />
          Osoite: <strong>{BUSINESS_ADDRESS_LINES.join(', ')}</strong>
          <br />
          Sähköposti: <strong>{CONTACT_EMAIL}</strong>
          <br />
          Puhelin / WhatsApp: <strong>{CONTACT_PHONE}</strong>
        </p>

        <h2>Mitä tietoja kerätään</h2>
        <p>Tällä sivustolla voidaan käsitellä seuraavia tietoryhmiä:</p>
        <ul>
          <li>
            Tilaustiedot: nimi, sähköposti, puhelinnumero, toimitusosoite, postinumero,
            postitoimipaikka, tilaustuote, toimitustapa, viestikentän sisältö sekä
            mahdolliset alennuskoodiin liittyvät tiedot.
          </li>
          <li>
            Peruuttamisilmoitustiedot: nimi, sähköpostiosoite, mahdollinen puhelinnumero,
            toivottu yhteydenottotapa, tilauksen tunnistetieto, ilmoituksen laajuus,
            ilmoituksessa kuvatut tuotteet tai tilauksen tiedot sekä ilmoituksen
            lähetysaika.
          </li>
          <li>
            Kysymys- ja aihe-ehdotustiedot: oppaiden yhteydessä lähetetty viesti, viestin
            tyyppi (kysymys tai aihe-ehdotus), mahdollinen sähköpostiosoite, nykyisen
            sivun URL-osoite ja viittaava sivu (referrer).
          </li>
          <li>
            Arvostelutiedot: arvostelulinkin tunniste, tuotetieto, tähtiarvio, kirjoitettu
            arvostelu, mahdollinen yksityinen palaute, mahdollinen näyttönimi sekä tieto
            siitä, mitä tilauksen tuotteita arvostelu koskee.
          </li>
          <li>
            Tietopyyntötiedot: tietopyyntölomakkeella annettu tilausnumero ja
            sähköpostiosoite käsitellään tilausta vastaavan latauslinkin lähettämiseksi.
            Väärinkäytösten rajoittamista varten pyynnöistä tallennetaan enintään 24
            tunniksi salaisella avaimella muodostettuja teknisiä tunnisteita, joista
            alkuperäistä tilausnumeroa, sähköpostiosoitetta tai verkko-osoitetta ei voi
            suoraan lukea.
          </li>
          <li>
            Tekninen käyttödata ja analytiikkamittarit: Lieromaan oma analytiikka kerää
            vain pseudonyymejä käyttömittareita, kuten selainkohtaisen tunnisteen,
            istuntotunnisteen, sivupolut, aikaleimat, edellisen sisäisen sivun, ulkoisen
            viittaavan sivun host-nimen, mahdolliset UTM-kampanjaparametrit, arvioidun
            viipymän, scrollaussyvyyden, tilaus-CTA-klikkaukset, ostoskori- ja
            tilauslomaketapahtumat sekä suorituskykymittarit. Lieromaan oma analytiikka ei
            sisällä nimeä, sähköpostiosoitetta, puhelinnumeroa, toimitusosoitetta,
            tilausnumeroa, IP-osoitetta, tarkkoja laitetietoja tai muita URL-parametreja
            kuin UTM-kampanjaparametrit.
          </li>
          <li>
            Käyttäjäasetukset: teema-asetus (vaalea/tumma tila), joka tallennetaan
            selaimen localStorageen.
          </li>
          <li>
            Ostoskoritiedot: ostoskoriin lisättyjen tuotteiden tunnisteet, määrät ja korin
            viimeisin muokkausaika. Ostoskori tallennetaan vain selaimeesi, eikä sitä
            lähetetä Lieromaalle ennen tilauslomakkeen lähettämistä.
          </li>
        </ul>

        <h2>Tietojen kerääminen ja lähteet</h2>
        <p>
          Tietoja kerätään ensisijaisesti suoraan sinulta, kun lähetät tilauksen
          tilauslomakkeella, lähetät peruuttamisilmoituksen, jätät arvostelun, teet
          tietopyynnön tai lähetät viestin oppaiden yhteydessä olevalla kysymys- ja
          aihe-ehdotuslomakkeella. Lisäksi kolmannen osapuolen palvelut (esimerkiksi
          Google AdSense ja Speed Insights) voivat kerätä teknisiä tietoja sivuston
          käytöstä. Lieromaa käyttää lisäksi omaa ensimmäisen osapuolen analytiikkaa, joka
          tallentaa vain sivuston käytön kannalta olennaiset mittarit omalle palvelimelle
          suostumuksen perusteella. Tilaus-, peruuttamisilmoitus- ja arvostelulomakkeiden
          välityksessä käytetään lisäksi Verceliä ja Cloudflare Tunnel -yhteyttä. Sivustoa
          voi käyttää myös mainostenesto-ohjelmien tai muiden seurantaa estävien
          työkalujen kanssa.
        </p>

        <h2>Käsittelyn tarkoitukset ja oikeusperusteet</h2>
        <p>Henkilötietoja käsitellään seuraaviin tarkoituksiin:</p>
        <ul>
          <li>
            Tilausten vastaanotto, käsittely, toimituksen järjestäminen ja
            asiakasviestintä: oikeusperusteena sopimuksen täytäntöönpano tai sopimusta
            edeltävät toimet (GDPR Art. 6(1)(b)).
          </li>
          <li>
            Peruuttamisilmoitusten vastaanotto, vahvistaminen ja jatkokäsittely:
            oikeusperusteena sopimuksen täytäntöönpano, sopimusta edeltävät toimet tai
            lakisääteinen velvoite (GDPR Art. 6(1)(b) ja 6(1)(c)).
          </li>
          <li>
            Kysymysten vastaanotto, niihin vastaaminen sekä uusien opasaiheiden
            kehittäminen viestien perusteella: oikeusperusteena oikeutettu etu (GDPR Art.
            6(1)(f)).
          </li>
          <li>
            Arvostelujen vastaanotto, tarkistaminen ja julkaiseminen: oikeusperusteena
            suostumus (GDPR Art. 6(1)(a)) sekä väärinkäytösten torjunnan osalta oikeutettu
            etu (GDPR Art. 6(1)(f)).
          </li>
          <li>
            Rekisteröidyn tietopyynnön toteuttaminen ja latauslinkin toimittaminen:
            oikeusperusteena lakisääteinen velvoite (GDPR Art. 6(1)(c)). Pyynnön
            väärinkäytösten rajoittaminen perustuu oikeutettuun etuun (GDPR Art. 6(1)(f)).
          </li>
          <li>
            Kirjanpito ja lakisääteiset velvoitteet: oikeusperusteena lakisääteinen
            velvoite (GDPR Art. 6(1)(c)).
          </li>
          <li>
            Roskapostin, väärinkäytösten ja palvelun tietoturvariskien torjunta:
            oikeusperusteena oikeutettu etu (GDPR Art. 6(1)(f)).
          </li>
          <li>
            Mainosten näyttäminen ja kohdentaminen (Google AdSense): Oikeusperusteena
            suostumus (GDPR Art. 6(1)(a)).
          </li>
          <li>
            Sivuston käytön ja suorituskyvyn analysointi (Lieromaan oma ensimmäisen
            osapuolen analytiikka ja Speed Insights): ensimmäisen osapuolen analytiikan
            oikeusperusteena suostumus (GDPR Art. 6(1)(a)) ja Speed Insightsin osalta
            oikeutettu etu (GDPR Art. 6(1)(f)) sivuston kehittämiseksi.
          </li>
          <li>
            Käyttäjäasetusten tallentaminen (localStorage): Oikeusperusteena oikeutettu
            etu (GDPR Art. 6(1)(f)) sivuston käytettävyyden parantamiseksi.
          </li>
          <li>
            Ostoskorin tallentaminen selaimeen: oikeusperusteena oikeutettu etu (GDPR Art.
            6(1)(f)) ostoskorin ja tilaamisen käytettävyyden parantamiseksi.
          </li>
        </ul>

        <h2>Tilauslomakkeet</h2>
        <p>
          Tilauslomakkeiden lähetykset vastaanotetaan ensin Lieromaan julkisella
          verkkosivustolla Vercelissä ja välitetään sieltä Lieromaan omaan
          tilaustenhallintapalveluun. Yhteys julkisen sivuston ja kotipalvelimella
          toimivan tilaustenhallinnan välillä kulkee Cloudflare Tunnel -palvelun kautta.
          Tilaustiedot tallennetaan Lieromaan hallinnoimaan paikalliseen
          SQLite-tietokantaan kotipalvelimella. Tilauksiin liittyviä sähköposteja
          lähetetään Zoho Mailin SMTP-palvelun kautta. Tilauspyynnön yhteydessä voidaan
          välittää myös tekninen pyyntökonteksti, kuten selaimen user agent, lähetyksen
          alkuperä- ja viittaustieto sekä välittävän palvelun antama IP-osoitetieto, jotta
          lomakkeen väärinkäyttöä voidaan selvittää ja palvelua suojata.
        </p>

        <h2>Peruuttamisilmoituslomake</h2>
        <p>
          Peruuttamisilmoituslomakkeen tiedot vastaanotetaan ensin Lieromaan julkisella
          verkkosivustolla Vercelissä ja välitetään sieltä Lieromaan omaan
          tilaustenhallintapalveluun Cloudflare Tunnel -yhteyden kautta. Ilmoituksesta
          tallennetaan asiakkaan antamat tiedot, lähetysaika ja tekninen pyyntökonteksti.
          Asiakkaalle lähetetään automaattinen sähköpostivahvistus ilmoituksen
          vastaanottamisesta, ja Lieromaan ylläpitäjälle lähetetään sähköposti-ilmoitus
          asian manuaalista käsittelyä varten.
        </p>

        <h2>Arvostelulomake</h2>
        <p>
          Arvostelulomake toimii henkilökohtaisella arvostelulinkillä, joka liittyy
          aiempaan tilaukseen. Arvostelun yhteydessä käsitellään arvostelulinkin tunniste,
          tuotetieto, tähtiarvio, kirjoitettu arvostelu, mahdollinen yksityinen palaute,
          mahdollinen näyttönimi sekä tieto siitä, mitä tilauksen tuotteita arvostelu
          koskee. Arvostelu tallennetaan ensin tarkistettavaksi, eikä sitä julkaista
          sivustolla ennen manuaalista hyväksyntää. Yksityistä palautetta ei julkaista
          asiakasarvosteluna.
        </p>

        <h2>Oppaiden kysymys- ja aihe-ehdotuslomake</h2>
        <p>
          Oppaiden yhteydessä olevien kysymys- ja aihe-ehdotuslomakkeiden viestit
          vastaanotetaan ensin Lieromaan julkisella verkkosivustolla Vercelissä ja
          välitetään sieltä Lieromaan omaan tilaustenhallintapalveluun Cloudflare Tunnel
          -yhteyden kautta. Lähetyksessä välitetään viestin lisäksi myös viestin tyyppi,
          mahdollinen sähköpostiosoite, sivun URL-osoite, sivun otsikko ja viittaava sivu
          (referrer), jos sellainen on saatavilla. Uudesta viestistä lähetetään
          sähköposti-ilmoitus Lieromaan ylläpitäjälle Zoho Mailin SMTP-palvelun kautta.
        </p>

        <h2>Tietopyyntölomake ja tietojen lataaminen</h2>
        <p>
          Tietopyyntölomakkeella annettua tilausnumeroa ja sähköpostiosoitetta verrataan
          tilaustenhallintapalvelussa olevaan tilaukseen. Lomake näyttää aina saman
          yleisen vahvistuksen riippumatta siitä, löytyykö vastaavaa tilausta. Näin
          ulkopuolinen ei voi päätellä, onko tietty sähköpostiosoite tai tilausnumero
          järjestelmässä. Jos tiedot vastaavat toisiaan, latauslinkki lähetetään
          tilaukseen tallennettuun sähköpostiosoitteeseen Zoho Mailin SMTP-palvelun
          kautta.
        </p>
        <p>
          Latauslinkki sisältää satunnaisen kertakäyttöisen tunnisteen, joka on voimassa
          24 tuntia. Palvelimelle tallennetaan tunnisteesta vain tiiviste, eikä tunniste
          sisälly sivuston analytiikkaan. Lataussivulla ei käytetä Lieromaan analytiikkaa
          tai Speed Insightsia. Ladattava JSON-tiedosto sisältää tilaukseen liittyvät
          tiedot, jotka ovat edelleen Lieromaan tilaustenhallinnassa. Lataus ei sisällä
          sisäisiä ylläpitäjätunnisteita, sähköpostipalvelun viestitunnisteita tai
          salaisuuksia.
        </p>

        <h2>Toimitukset (Posti)</h2>
        <p>
          Kun valitset toimituksen Postin kautta, toimitusta varten tarvittavat tiedot
          (kuten nimi, osoite, postinumero, postitoimipaikka, puhelinnumero ja/tai
          sähköposti) syötetään Postin järjestelmään. Posti käsittelee tietoja oman
          tietosuojakäytäntönsä mukaisesti.
        </p>

        <h2>Laskutus ja maksut (OP Kevytyrittäjä)</h2>
        <p>
          Laskutusta ja maksujen käsittelyä varten henkilötietoja luovutetaan OP
          Kevytyrittäjä -palveluun. Tyypillisesti tähän sisältyy nimi ja sähköpostiosoite.
          OP Kevytyrittäjä käsittelee tietoja oman tietosuojakäytäntönsä mukaisesti.
        </p>

        <h2>Google AdSense</h2>
        <p>
          Sivustolla käytetään Google AdSensea mainosten näyttämiseen. Google voi kerätä
          tietoja, kuten IP-osoitteen, selaintyypin, laitetiedot, selaustottumuksia ja
          muita tunnisteita. Google voi käsitellä tietoja itsenäisenä rekisterinpitäjänä
          ja siirtää niitä myös EU-/ETA-alueen ulkopuolelle. Tietosiirrot suojataan GDPR:n
          mukaisesti vakiosopimuslausekkeilla. Google Consent Mode -toimintoa käytetään
          suostumuksen pyytämiseen ennen ei-välttämättömien evästeiden tallentamista tai
          käyttämistä.
        </p>
        <p>
          Google voi käyttää tietoja profilointiin kohdennettujen mainosten näyttämiseksi
          suostumuksen perusteella. Tietoja säilytetään palvelinlokeissa, ja ne
          anonymisoidaan osittain 9 kuukauden (IP-osoite) ja 18 kuukauden (evästeet)
          jälkeen Googlen tietojen säilytyskäytäntöjen mukaisesti.
        </p>
        <p>
          Lisätietoja saat Googlen tietosuojakäytännöistä:{' '}
          <a
            href="https://support.google.com/adsense/topic/13821022?hl=fi"
            target="_blank"
            rel="noreferrer"
          >
            Google AdSensen tietosuojakäytännöt
          </a>{' '}
          ja{' '}
          <a
            href="https://policies.google.com/technologies/retention?hl=fi"
            target="_blank"
            rel="noreferrer"
          >
            Googlen tietojen säilytys
          </a>
          .
        </p>

        <h2>Ensimmäisen osapuolen analytiikka ja Speed Insights</h2>
        <p>
          Sivustolla käytetään Lieromaan omaa kevyttä ensimmäisen osapuolen analytiikkaa
          sekä Vercel Speed Insights -palvelua sivuston käytön ja suorituskyvyn
          seuraamiseen. Ensimmäisen osapuolen analytiikka käynnistyy vasta, kun olet
          hyväksynyt analytiikan ja mainontaan liittyvän päätelaitetallennuksen
          suostumuksenhallintatyökalussa. Tällöin analytiikka tallentaa omalle
          palvelimelle pseudonyymin selainkohtaisen tunnisteen, istuntotunnisteen,
          sivupolun, aikaleiman, edellisen sisäisen sivun, ulkoisen viittaavan sivun
          host-nimen (esimerkiksi google.com tai com.linkedin.android), mahdolliset
          UTM-parametrit (utm_source, utm_medium, utm_campaign, utm_content ja utm_term),
          arvioidun viipymän, scrollaussyvyyden ja tilaus-CTA-klikkaukset. Lisäksi
          analytiikka voi tallentaa pseudonyymejä tapahtumia, kuten ostoskoriin
          lisäämisen, ostoskorin toimitustapavaiheesta jatkamisen, tilauslomakkeen
          lähetysyrityksen ja onnistuneen tilauslomakkeen lähetyksen. Tietoja käytetään
          vain sen ymmärtämiseen, miten sivuilla liikutaan ja miten kiinnostus
          tuotteisiin, ostoskoriin ja tilaamiseen muuttuu ajan kuluessa.
        </p>
        <p>
          Ensimmäisen osapuolen analytiikka ei tallenna IP-osoitteita, selaimen tai
          laitteen tarkkoja tunnistetietoja, maantieteellistä sijaintia eikä käytä
          sormenjälkitunnistusta tai muita vastaavia tunnistuskeinoja. Analytiikan
          tapahtumia ei yhdistetä yksittäisiin tilaustietoihin, kuten nimeen,
          sähköpostiosoitteeseen, puhelinnumeroon, toimitusosoitteeseen tai
          tilausnumeroon. Raakatason analytiikkatiedot ovat pseudonyymejä. Raportointi
          tehdään istunto- ja sivuryhmätasolla, jotta voidaan nähdä yleisesti miten
          tilaavat istunnot etenevät sivustolla ilman yksittäisen asiakkaan
          selaushistorian yhdistämistä tilaukseen. Analytiikka tallentaa URL-parametreista
          vain UTM-kampanjaparametrit, jos niitä on linkissä mukana. Muita URL-parametreja
          ei tallenneta analytiikkaan. Pseudonyymi kävijätunniste säilytetään suostumuksen
          jälkeen selaimen localStoragessa ja istuntotieto sessionStoragessa. Jos peruutat
          analytiikkasuostumuksen, nämä analytiikan tunnisteet poistetaan selaimen
          tallennustilasta. Speed Insights kerää suorituskykymittareita
          palveluntarjoajansa käytäntöjen mukaisesti.
        </p>
        <p>
          Ensimmäisen osapuolen analytiikkadata tallennetaan Lieromaan hallinnoimaan
          SQLite-tietokantaan kotipalvelimella. Lisätietoja Speed Insightsista löydät
          palveluntarjoajan sivulta:{' '}
          <a
            href="https://vercel.com/docs/speed-insights/privacy-policy"
            target="_blank"
            rel="noreferrer"
          >
            Speed Insightsin tietosuoja
          </a>
          .
        </p>

        <h2>LocalStorage</h2>
        <p>
          Kun vaihdat vaaleaan tai tummaan tilaan, sivusto tallentaa valitsemasi teeman
          selaimesi paikalliseen tallennustilaan (localStorage). Ostoskori tallentuu
          localStorageen, jotta voit jatkaa tilaamista myöhemmin samalla selaimella.
          Ostoskori poistetaan automaattisesti, jos sitä ei muokata 7 päivään. Ostoskorin
          sisältö pysyy selaimessasi, eikä sitä lähetetä Lieromaalle ennen kuin lähetät
          tilauslomakkeen. Lisäksi pseudonyymi kävijätunniste tallennetaan suostumuksen
          jälkeen localStorageen ja istuntotieto sessionStorageen ensimmäisen osapuolen
          analytiikkaa varten. Näistä tunnisteista ei voi suoraan päätellä
          henkilöllisyyttäsi, mutta niitä käsitellään henkilötietoina, koska sama selain
          voidaan tunnistaa eri käyntikerroilla suostumuksen voimassa ollessa.
        </p>

        <h2>Evästeet</h2>
        <p>
          Sivusto ei itse käytä analytiikkaevästeitä. Ensimmäisen osapuolen analytiikka
          käyttää suostumuksen jälkeen selaimen localStoragea ja sessionStoragea, ei
          evästeitä. Google AdSense sekä muut kolmannen osapuolen palvelut voivat
          kuitenkin käyttää evästeitä mainosten näyttämiseen, kohdentamiseen ja
          tilastointiin. Voit estää evästeiden käytön selaimesi asetuksista tai asettaa
          ilmoituksen evästeiden lähettämisestä. Voit peruuttaa suostumuksesi milloin
          tahansa suostumuksenhallintatyökalun kautta tai selaimen asetuksista.
        </p>

        <h2>Tietojen siirto EU-/ETA-alueen ulkopuolelle</h2>
        <p>
          Osa käytetyistä palveluista (kuten Google, Cloudflare, Vercel ja mahdollisesti
          Zoho Mail käytetyn palvelinalueen mukaan) voi käsitellä tietoja EU-/ETA-alueen
          ulkopuolella. Tällöin siirrot toteutetaan GDPR:n edellyttämillä suojatoimilla,
          kuten vakiosopimuslausekkeilla.
        </p>
        <p>
          Voit pyytää lisätietoa käytetyistä siirtoperusteista ja suojatoimista ottamalla
          yhteyttä rekisterinpitäjään.
        </p>

        <h2>Tietojen vastaanottajat</h2>
        <p>
          Henkilötietoja luovutetaan kolmansille osapuolille vain edellä mainituissa
          palveluissa kuvatulla tavalla (Cloudflare, Zoho Mail, Posti, OP Kevytyrittäjä,
          Google ja Vercel). Oppaiden kysymys- ja aihe-ehdotuslomakkeiden viestit sekä
          arvostelut välitetään Lieromaan omaan tilaustenhallintapalveluun Vercelin
          kautta. Ensimmäisen osapuolen analytiikkadata pysyy Lieromaan omassa
          hallinnassa. Henkilötietoja ei myydä eikä luovuteta muihin tarkoituksiin ilman
          lainmukaista perustetta.
        </p>

        <h2>Tietojen säilytysaika</h2>
        <ul>
          <li>
            Tilauspyyntöjä, joita ei vahvisteta, säilytetään enintään 12 kuukautta, ellei
            pidempi säilytys ole tarpeen esimerkiksi väärinkäytösten selvittämiseksi.
          </li>
          <li>
            Vahvistettuihin tilauksiin liittyviä yhteystietoja ja toimitustietoja
            säilytetään niin kauan kuin se on tarpeen tilauksen toimittamiseksi,
            asiakaspalvelun hoitamiseksi ja mahdollisten reklamaatioiden käsittelemiseksi.
            Lähetettyihin ja peruttuihin tilauksiin liittyvät henkilötiedot anonymisoidaan
            tilausjärjestelmässä pääsääntöisesti 12 kuukauden kuluttua lähetyksestä tai
            peruutuksesta. Tällöin järjestelmästä poistetaan asiakkaan yhteys- ja
            osoitetiedot, viestit, tekninen pyyntökonteksti, lähetystunnus sekä ulkoisiin
            järjestelmiin yhdistämisen mahdollistavat tilaus-, lasku- ja viestitunnisteet.
            Tilauksesta säilytetään vain tilaushistorian seurantaan tarvittavat
            ei-henkilökohtaiset tiedot, kuten tuotteet, määrät, hinnat, toimitustapa,
            tilat ja tapahtumien ajankohdat.
          </li>
          <li>
            Laskutukseen ja kirjanpitoon liittyviä tietoja säilytetään Suomen
            kirjanpitolainsäädännön edellyttämän ajan. OP Kevytyrittäjä voi säilyttää
            laskutus- ja kirjanpitotietoja tätä pidempään oman lakisääteisen
            velvollisuutensa perusteella.
          </li>
          <li>
            Oppaiden kysymys- ja aihe-ehdotuslomakkeiden kautta lähetettyjä viestejä
            säilytetään niin kauan kuin se on tarpeen viestiin vastaamiseksi,
            aihe-ehdotusten käsittelemiseksi tai sivuston sisällön kehittämiseksi,
            kuitenkin enintään 24 kuukautta ilman erillistä perustetta.
          </li>
          <li>
            Arvostelut säilytetään niin kauan kuin arvostelua tarvitaan sivuston
            asiakasarvostelujen näyttämiseen ja luotettavuuden varmistamiseen, ellei
            poistopyyntöä tai muuta perustetta poistamiselle ole. Kun arvosteluun liittyvä
            tilaus anonymisoidaan, arvostelun yksityinen palaute, tekninen
            pyyntökonteksti, tilauskytkentä ja tarkistamiseen liittyvät tiedot poistetaan.
            Hyväksytystä arvostelusta säilytetään tämän jälkeen vain sivustolla
            julkaistavat tiedot: tuote, tähtiarvio, kirjoitettu arvostelu, mahdollinen
            näyttönimi ja lähetysaika. Julkaistusta arvostelusta voidaan poistaa
            näyttönimi tai muu tunnistettava tieto pyynnöstä.
          </li>
          <li>
            Reklamaatioihin, palautuksiin ja muihin jälkikäteisiin
            asiakaspalvelutilanteisiin liittyviä tietoja säilytetään niin kauan kuin asian
            käsittely kohtuudella edellyttää.
          </li>
          <li>
            Peruuttamisilmoituksiin liittyviä tietoja säilytetään niin kauan kuin
            ilmoituksen käsittely, mahdolliset palautus- ja maksujärjestelyt sekä
            lakisääteisten velvoitteiden osoittaminen kohtuudella edellyttävät.
            Tilaustunnuksella tilaukseen yhdistetyn peruuttamisilmoituksen henkilötiedot
            poistetaan viimeistään kyseisen tilauksen anonymisoinnin yhteydessä.
          </li>
          <li>
            Tietopyynnön latauslinkki on voimassa enintään 24 tuntia ja vain yhden
            latauksen ajan. Vanhentuneet, käytetyt ja mitätöidyt latauspyynnöt poistetaan
            järjestelmästä. Väärinkäytösten rajoittamiseen käytetyt tekniset tunnisteet
            poistetaan viimeistään 24 tunnin kuluttua. Tilauksen anonymisointi mitätöi
            siihen liittyvät avoimet latauspyynnöt.
          </li>
          <li>
            Ensimmäisen osapuolen analytiikkatiedot säilyvät Lieromaan omassa
            SQLite-tietokannassa niin kauan kuin niitä tarvitaan sivuston käytön
            seuraamiseen ja kuukausiraportointiin. Speed Insightsin tiedot säilyvät
            palveluntarjoajan käytäntöjen mukaisesti.
          </li>
          <li>
            LocalStorageen tallennettu teema-asetus, ostoskoritieto ja pseudonyymi
            kävijätunniste sekä sessionStorageen tallennettu istuntotieto säilyvät
            käytössä olevassa selaimessa, kunnes poistat ne, peruutat
            analytiikkasuostumuksen tai selain poistaa ne omien säilytyskäytäntöjensä
            mukaisesti. Ostoskori poistetaan sivuston toimesta viimeistään 7 päivän
            käyttämättömyyden jälkeen.
          </li>
        </ul>

        <h2>Pakolliset tiedot tilausta varten</h2>
        <p>
          Tilauslomakkeen pakolliset tiedot ovat tarpeen tilauksen käsittelemiseksi ja
          toimittamiseksi. Jos pakollisia tietoja ei anneta, tilausta ei voida käsitellä.
        </p>

        <h2>Rekisteröidyn oikeudet</h2>
        <p>Sinulla on seuraavat oikeudet GDPR:n mukaisesti:</p>
        <ul>
          <li>Oikeus saada pääsy tietoihisi (Art. 15).</li>
          <li>Oikeus tietojen oikaisemiseen (Art. 16).</li>
          <li>Oikeus tietojen poistamiseen ("oikeus tulla unohdetuksi", Art. 17).</li>
          <li>Oikeus käsittelyn rajoittamiseen (Art. 18).</li>
          <li>
            Oikeus vastustaa käsittelyä (Art. 21), esimerkiksi oikeutettuun etuun
            perustuvaa käsittelyä.
          </li>
          <li>Oikeus tietojen siirrettävyyteen (Art. 20).</li>
          <li>
            Oikeus peruuttaa suostumus milloin tahansa (Art. 7(3)), ilman että se
            vaikuttaa ennen peruuttamista suoritetun käsittelyn lainmukaisuuteen.
          </li>
        </ul>
        <p>
          Voit ladata tilaukseesi liittyvät tiedot{' '}
          <SafeLink href="/tietopyynto">tietopyyntösivulla</SafeLink>. Muita oikeuksia
          koskevan pyynnön tai ongelmatilanteen voit lähettää sähköpostitse osoitteeseen{' '}
          {CONTACT_EMAIL}. Pyyntöihin vastataan kuukauden kuluessa.
        </p>

        <h2>Valitusoikeus</h2>
        <p>
          Jos katsot, että henkilötietojesi käsittely rikkoo GDPR:ää, sinulla on oikeus
          tehdä valitus valvontaviranomaiselle, kuten Suomen tietosuojavaltuutetulle (
          <a href="https://tietosuoja.fi" target="_blank" rel="noreferrer">
            tietosuoja.fi
          </a>
          ).
        </p>

        <h2>Yhteystiedot</h2>
        <p>
          Jos sinulla on kysyttävää tästä tietosuojaselosteesta, voit ottaa yhteyttä
          sähköpostitse osoitteeseen {CONTACT_EMAIL}.
        </p>
      </div>
    </>
  );
}
