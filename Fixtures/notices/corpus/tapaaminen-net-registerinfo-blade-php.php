@extends('layouts.app')

@section('content')

    <div class="box">
        <div class="content">
            <h2 class="title is-3">Rekisteriseloste</h2>

            <p>Henkil&ouml;tietolain (523/1999) 10 §:n mukainen rekisteriseloste</p>

            <p><strong>Rekisterinpit&auml;j&auml;n nimi ja osoite</strong><br />
                Elysium Solutions Oy<br />
                PL 1188 (Microkatu 1)<br />
                70211 Kuopio<br />
                puh. 010 321 3011</p>

            <p><strong>Rekisteriasioista vastaava:</strong><br />
                Marko Kaartinen<br />
                Elysium Solutions Oy<br />
                PL 1188 (Microkatu 1)<br />
                70211 Kuopio<br />
                puh. 010 321 3011<br />
                E-mail: marko(at)elysium.fi</p>

            <p><strong>Rekisterin nimi</strong><br />
                Tapaaminen.net k&auml;ytt&auml;j&auml;rekisteri</p>

            <p><strong>Tietojen k&auml;ytt&ouml;tarkoitus</strong><br />
                Rekisteritietojen k&auml;ytt&ouml;tarkoitus on Tapaaminen.net sivuston ja asiakkaan v&auml;linen asiakassuhteen hoito ja yll&auml;pito sek&auml; palvelun suunnittelu, toteuttaminen ja kehitt&auml;minen eri tutkimusmenetelmin. Tietoja k&auml;ytet&auml;&auml;n asiakastiedottamiseen. Tietoja k&auml;ytet&auml;&auml;n my&ouml;s mahdollisten v&auml;&auml;rink&auml;yt&ouml;sten seuraamiseen sek&auml; selvitt&auml;miseen.</p>

            <p><strong>Tietojen l&auml;hde</strong><br />
                T&auml;m&auml;n rekisterin tiedot ker&auml;t&auml;&auml;n asiakkaiden rekister&ouml;ityess&auml; Tapaaminen.net-palveluun.</p>

            <p><strong>Tietojen oikeellisuus</strong><br />
                Tietojen oikeellisuutta ei tarkisteta. Asiakkaalla on mahdollisuus tutustua omiin asiakastietoihinsa palvelussa ja muokata talletettavia tietoja k&auml;ytt&auml;en k&auml;ytt&auml;j&auml;tunnus-salasana -tunnistusta.</p>

            <p><strong>Rekisterin tietosis&auml;lt&ouml;</strong><br />
                Tapaaminen.net-verkkopalvelun asiakasrekisteri sis&auml;lt&auml;&auml; seuraavat tiedot:
            <ul>
                <li>K&auml;ytt&auml;j&auml;tunnus</li>
                <li>Salasana</li>
                <li>Nimi</li>
                <li>S&auml;hk&ouml;posti</li>
            </ul></p>

            <p><strong>Tietojen luovutus</strong><br />
                Rekisteriin annettu k&auml;ytt&auml;j&auml;tunnus n&auml;kyy sivustolla. Tapaaminen.net ei luovuta tietoja ulkopuoliselle taholle. Tapaaminen.net voi luovuttaa tietoja voimassa olevan lains&auml;&auml;d&auml;nn&ouml;n sallimissa ja velvoittamissa rajoissa. Tietoja ei kuitenkaan luovuteta kolmansille osapuolille, ellei suostumusta s&auml;hk&ouml;postiosoitteensa ilmoittaneelta ole saatu.</p>

            <p><strong>Rekisterin suojaus</strong><br />
                Jokaisella rekister&ouml;ityneell&auml; on k&auml;ytt&ouml;oikeus rekisteriin tietojensa n&auml;kemiseen ja muokkaamiseen h&auml;nelle my&ouml;nnetyll&auml; k&auml;ytt&auml;j&auml;tunnuksella. Rekisteritiedot s&auml;ilytet&auml;&auml;n asianmukaisesti suojatussa palvelimessa ja ovat vain Tapaaminen.net teht&auml;v&auml;&auml;n m&auml;&auml;r&auml;ttyjen henkil&ouml;iden n&auml;ht&auml;viss&auml;.</p>
        </div>
    </div>

@endsection
