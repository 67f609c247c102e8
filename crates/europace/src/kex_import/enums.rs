//! The import API's string enums; each keeps values it does not know (tolerant reader).

use crate::tolerant_enum;

tolerant_enum! {
    /// Salutation.
    pub enum Anrede {
        /// Ms.
        Frau => "FRAU",
        /// Mr.
        Herr => "HERR",
    }
}

tolerant_enum! {
    /// Marital status.
    pub enum Familienstand {
        /// Single.
        Ledig => "LEDIG",
        /// Married.
        Verheiratet => "VERHEIRATET",
        /// Divorced.
        Geschieden => "GESCHIEDEN",
        /// Widowed.
        Verwitwet => "VERWITWET",
        /// Separated.
        GetrenntLebend => "GETRENNT_LEBEND",
        /// Cohabiting.
        EheaehnlicheLebensgemeinschaft => "EHEAEHNLICHE_LEBENSGEMEINSCHAFT",
        /// Registered partnership.
        EingetrageneLebenspartnerschaft => "EINGETRAGENE_LEBENSPARTNERSCHAFT",
    }
}

tolerant_enum! {
    /// Academic title.
    pub enum Titel {
        /// Dr.
        Doktor => "DOKTOR",
        /// Prof.
        Professor => "PROFESSOR",
    }
}

tolerant_enum! {
    /// Residence title.
    pub enum Aufenthaltstitel {
        /// Visa.
        Visum => "VISUM",
        /// Residence permit.
        Aufenthaltserlaubnis => "AUFENTHALTSERLAUBNIS",
        /// Settlement permit.
        Niederlassungserlaubnis => "NIEDERLASSUNGSERLAUBNIS",
        /// EU long-term residence.
        ErlaubnisZumDaueraufenthaltEu => "ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU",
    }
}

tolerant_enum! {
    /// How the applicant lives.
    pub enum Wohnart {
        /// Renting.
        ZurMiete => "ZUR_MIETE",
        /// Subletting.
        ZurUntermiete => "ZUR_UNTERMIETE",
        /// Own property.
        ImEigenenHaus => "IM_EIGENEN_HAUS",
        /// With the parents.
        BeiDenEltern => "BEI_DEN_ELTERN",
    }
}

tolerant_enum! {
    /// Kind of employment; selects which employment data the server reads.
    pub enum Beschaeftigungsart {
        /// Employee.
        Angestellter => "ANGESTELLTER",
        /// Worker.
        Arbeiter => "ARBEITER",
        /// Unemployed.
        Arbeitsloser => "ARBEITSLOSER",
        /// Civil servant.
        Beamter => "BEAMTER",
        /// Freelancer.
        Freiberufler => "FREIBERUFLER",
        /// Homemaker.
        Hausfrau => "HAUSFRAU",
        /// Pensioner.
        Rentner => "RENTNER",
        /// Self-employed.
        Selbststaendiger => "SELBSTSTAENDIGER",
    }
}

tolerant_enum! {
    /// Limited or unlimited contract.
    pub enum Befristung {
        /// Limited.
        Befristet => "BEFRISTET",
        /// Unlimited.
        Unbefristet => "UNBEFRISTET",
    }
}

tolerant_enum! {
    /// Industry of a company.
    pub enum Branche {
        /// Agriculture, forestry, fishing.
        LandwirtschaftForstwirtschaftFischerei => "LANDWIRTSCHAFT_FORSTWIRTSCHAFT_FISCHEREI",
        /// Energy, water, mining.
        EnergieWasserversorgungBergbau => "ENERGIE_WASSERVERSORGUNG_BERGBAU",
        /// Manufacturing.
        VerarbeitendesGewerbe => "VERARBEITENDES_GEWERBE",
        /// Construction.
        Baugewerbe => "BAUGEWERBE",
        /// Trade.
        Handel => "HANDEL",
        /// Transport and logistics.
        VerkehrLogistik => "VERKEHR_LOGISTIK",
        /// Information and communication.
        InformationKommunikation => "INFORMATION_KOMMUNIKATION",
        /// Non-profit organisation.
        GemeinnuetzigeOrganisation => "GEMEINNUETZIGE_ORGANISATION",
        /// Banks and insurers.
        KreditinstituteVersicherungen => "KREDITINSTITUTE_VERSICHERUNGEN",
        /// Private households.
        PrivateHaushalte => "PRIVATE_HAUSHALTE",
        /// Services.
        Dienstleistungen => "DIENSTLEISTUNGEN",
        /// Public service.
        OeffentlicherDienst => "OEFFENTLICHER_DIENST",
        /// Regional authorities.
        Gebietskoerperschaften => "GEBIETSKOERPERSCHAFTEN",
        /// Hotels and restaurants.
        HotelGastronomie => "HOTEL_GASTRONOMIE",
        /// Education.
        ErziehungUnterricht => "ERZIEHUNG_UNTERRICHT",
        /// Culture, sport, entertainment.
        KulturSportUnterhaltung => "KULTUR_SPORT_UNTERHALTUNG",
        /// Health and social work.
        GesundheitSozialwesen => "GESUNDHEIT_SOZIALWESEN",
    }
}

tolerant_enum! {
    /// Which applicant a household position belongs to (the prose spec's
    /// `Antragstellerzuordnung`).
    pub enum Antragstellerzugehoerigkeit {
        /// Antragsteller 1.
        Antragsteller1 => "ANTRAGSTELLER_1",
        /// Antragsteller 2.
        Antragsteller2 => "ANTRAGSTELLER_2",
        /// Both.
        Beide => "BEIDE",
    }
}

tolerant_enum! {
    /// Which child benefit rate applies to a child.
    pub enum Kindergeldzuordnung {
        /// First or second child.
        ErstesOderZweitesKind => "ERSTES_ODER_ZWEITES_KIND",
        /// Third child.
        DrittesKind => "DRITTES_KIND",
        /// Fourth child or later.
        AbViertemKind => "AB_VIERTEM_KIND",
    }
}

tolerant_enum! {
    /// Kind of property.
    pub enum Immobilienart {
        /// Flat.
        Eigentumswohnung => "EIGENTUMSWOHNUNG",
        /// Detached house.
        Einfamilienhaus => "EINFAMILIENHAUS",
        /// Apartment building.
        Mehrfamilienhaus => "MEHRFAMILIENHAUS",
        /// Office building.
        Buerogebaeude => "BUEROGEBAEUDE",
    }
}

tolerant_enum! {
    /// Use of a property.
    pub enum Nutzungsart {
        /// Owner-occupied.
        Eigengenutzt => "EIGENGENUTZT",
        /// Rented out.
        Vermietet => "VERMIETET",
        /// Partly owner-occupied, partly rented out.
        EigengenutztUndVermietet => "EIGENGENUTZT_UND_VERMIETET",
    }
}

tolerant_enum! {
    /// Purpose of the credit.
    pub enum Finanzierungszweck {
        /// Debt rescheduling.
        Umschuldung => "UMSCHULDUNG",
        /// Vehicle purchase.
        Fahrzeugkauf => "FAHRZEUGKAUF",
        /// Modernisation.
        Modernisieren => "MODERNISIEREN",
        /// Free use.
        FreieVerwendung => "FREIE_VERWENDUNG",
    }
}

tolerant_enum! {
    /// Day of the month the rate is due.
    pub enum Ratenzahlungstermin {
        /// End of month.
        Monatsende => "MONATSENDE",
        /// Middle of month.
        Monatsmitte => "MONATSMITTE",
    }
}

tolerant_enum! {
    /// A risk covered by payment protection insurance.
    pub enum VersichertesRisiko {
        /// Unemployment.
        Arbeitslosigkeit => "ARBEITSLOSIGKEIT",
        /// Inability to work.
        Arbeitsunfaehigkeit => "ARBEITSUNFAEHIGKEIT",
        /// Death.
        Leben => "LEBEN",
    }
}

tolerant_enum! {
    /// Seller of a vehicle.
    pub enum Fahrzeuganbieter {
        /// Dealer.
        Haendler => "HAENDLER",
        /// Private seller.
        Privat => "PRIVAT",
    }
}
