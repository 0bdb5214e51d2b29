const Tietosuoja = () => {
    return (
        <div>
            <h1>Karanteenin yksityisyyden&shy;suoja&shy;käytäntö</h1>
            <small>Päivitetty viimeksi: 02.06.2020</small>

            <h2 id="verkkosivu">Verkkosivusto</h2>

            <p>
                Karanteeni vastaa <a href="https://karanteeni.net">https://karanteeni.net</a> -sivuston toiminnasta, joka tarjoaa
                käyttäjille mahdollisuutta lukea tietoa liittyen
                <a href="https://minecraft.net" target="_blank">
                    Minecraft
                </a>{' '}
                -pelipalvelimeen.
            </p>

            <p>
                Tätä sivua käytetään käyttäjien tiedottamiseen koskien käytäntöjä henkilökohtaisen tiedon keräämiseen, käyttöön ja
                säilyttämiseen, mikäli käyttäjä käyttää Karanteenin sivustoa tai Minecraft -palvelinta. Sivu on jaettu kahteen
                pääkategoriaan, <a href="#verkkosivu">verkkosivustoon</a> ja
                <a href="#minecraft">Minecraft -palvelimeen</a>, koska ne eivät kerää samankaltaista dataa ja koska kumpaakin voi käyttää
                erikseen sitoutumatta molempiin.
            </p>

            <p>
                Mikäli päätät käyttää sivustoa, hyväksyt tietojen keräämisen, käyttämisen ja säilytyksen tietosuojalausekkeen mukaisesti.
                Tiedot, joita keräämme, käytetään sivuston parantamiseen. Emme käytä tai jaa tietojasi kenenkään kanssa, paitsi tässä
                yksityisyydensuojakäytännössä kuvatulla tavalla.
            </p>

            <h3>Tietojen käyttö ja kerääminen</h3>

            <p>
                Tiedot, joita kerätään on pääosin peräisin Microsoftilta. Lisätietoa löydät
                <a href="https://privacy.microsoft.com/fi-fi/privacystatement">Microsoftin tietosuojalausekkeesta</a>. Uudelleenkäytämme jo
                valmiiksi kerättyä dataa. Data koskee pääosin meitä ja meidän palveluita, miksi siitä on hyvä mainita.
            </p>

            <p>
                Paremman sivuston toiminnan takaamiseksi saatamme kerätä henkilökohtaista tietoa, mukaan lukien, mutta ei rajoittuen, Mojang
                -tilin käyttäjänimen ja UUID:n (Unique User Identifier), johon sähköpostiosoitteesi on sidonnainen.
            </p>

            <p>
                Keräys tapahtuu vain, mikäli rekisteröidyt Minecraft -palvelimellamme sivuston käyttäjäksi. Data, jota käytämme
                verkkosivustolla tulee pääosin Minecraft -palvelimelta. Palvelimelta kerättyä dataa käytetään verkkosivustolla tietojen
                näyttämiseen palvelimelta, sekä verkkosivulle tunnistautumiseen. Tunnistautuminen tapahtuu käyttäjänimellä ja salasanalla.
            </p>

            <p>
                Emme jaa mitään tietoja sivuston ulkopuolelle, mitä ei ole mahdollista ottaa selville ylläviitatun Microsoftin
                tietosuojalausekkeen mukaan.
            </p>

            <h3>Evästeet</h3>

            <p>
                Evästeet ovat tiedostoja, joissa on pieni määrä tietoja, joita käytetään yleisesti nimettömällä yksilöivällä tunnistimella.
                Nämä lähetetään selaimeesi verkkosivustolta, joissa käyt, ja jotka tallennetaan tietokoneen kiintolevylle. Evästeen voi
                pyytää vain palvelin, joka evästeen on sinulle lähettänyt. Tämä tarkoittaa sitä, että meidän ei ole mahdollista käyttää
                evästeitä, joita joku toinen sivusto on koneellesi tallentanut.
            </p>

            <p>
                Sivustomme käyttää näitä "evästeitä" keräilytietoihin. Sinulla on mahdollisuus joko hyväksyä tai hylätä nämä evästeet ja
                tietää, milloin eväste lähetetään tietokoneellesi. Evästeillä voidaan parantaa sivustoa esimerkiksi siten, että se tallentaa
                nykyisen session eikä kirjaa sinua ulos sivustolta kun vaihdat sivua. Jos päätät kieltäytyä evästeistä, et välttämättä pysty
                käyttämään joitain osia sivustostamme.
            </p>

            <p>
                Voit lukea evästeiden hallinnasta lisää
                <a href="https://support.google.com/accounts/answer/61416?co=GENIE.Platform%3DDesktop&hl=fi" target="_blank">
                    Googlen ohjeista
                </a>
                .
            </p>

            <h3>Palveluntarjoajat</h3>

            <p>Saatamme käyttää kolmannen osapuolen teknologiaa seuraavista syistä:</p>

            <ul>
                <li>näyttääksemme tämän sivuston verkossa</li>
                <li>tarjotaksemme uusia ominaisuuksia sivustolle tai</li>
                <li>kerätäksemme käyttötietoja parantaaksemme sivuston laatua ja käyttöä</li>
            </ul>

            <p>Kolmannet osapuolet eivät kerää tietojasi meidän sivuston kautta.</p>

            <h3>Tietoturva</h3>

            <p>
                Pyrimme suojaamaan kaiken mahdollisen tiedon, jonka syötät sivustollemme. Vaikka teemme kaikkemme, ei internetissä ole 100%
                varmaa tapaa suojata kaikkea verkossa liikkuvaa dataa.
            </p>

            <h3>Linkit ulkopuolisille sivustoille</h3>

            <p>
                Sivustomme voi sisältää linkkejä ulkopuolisille sivustoille. Jos avaat kolmannen osapuolen linkin, sinut ohjataan sille
                sivustolle. Ulkopuoliset sivustot eivät ole meidän tarjoamia, eivätkä meidän hallinnan alaisia. Luethan heidän
                tietosuojalausekkeet saadaksesi paremman kuvan heidän tietosuojastaan.
            </p>

            <p>Me emme ole vastuussa kolmannen osapuolen tarjoamista palveluista tai tietosuojista.</p>

            <h2 id="minecraft">Minecraft -palvelin</h2>
            <p>Karanteeni vastaa mc.karanteeni.net -domainin alla toimivasta Minecraft -palvelimesta.</p>

            <h3>Lokitiedot</h3>

            <p>
                Keräämme Minecraft -palvelimella lokitietoja. Nämä lokitiedot sisältävät Mojangin luoman UUID:n (Unique User Identifier)
                käyttäjällesi, käyttäjänimesi, IP-osoitteesi, ajan, jonka vietät palvelimella, sekä viimeisimmän kirjautumisajankohdan.
            </p>

            <h2>Muutokset</h2>

            <p>
                Päivitämme tätä tietosuojalauseketta aina, kun se ei ole enää voimassa. Suosittelemme vilkaisemaan aina välillä mahdollisten
                muutosten varalta. Ilmoitamme yleensä mahdollisista muutoksista ja pidämme viimeistä muokkauspäivämäärää dokumentin
                yläosassa.
            </p>

            <h2>Kysymyksiä?</h2>

            <p>
                Jos sinulla on kysyttävää, voit ottaa yhteyttä meihin sähköpostilla
                <a href="mailto:karanteeni@tuta.io">mckaranteeni@gmail.com</a>.
            </p>
        </div>
    )
}

export default Tietosuoja
