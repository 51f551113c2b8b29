"""Invented names, places, streets, schools and surgeries for synthetic referrals (none from real reports)."""

FIRST_GIRLS = [
    "Alys", "Cerys", "Efa", "Elin", "Ffion", "Gwen", "Lowri", "Mali", "Nia", "Seren", "Tegan", "Manon", "Eleri",
    "Amelia", "Olivia", "Isla", "Poppy", "Ruby", "Evie", "Lily-Mae", "Summer-Rose", "Ava-Grace", "Freya", "Mia",
    "Zuzanna", "Julia", "Maja", "Oliwia", "Lena", "Ioana", "Andreea", "Bianca", "Maria", "Aisha", "Fatima", "Mariam",
    "Noor", "Layan", "Hodan", "Ayan", "Hibo", "Sagal", "Priya", "Ananya", "Roxana", "Daria", "Niamh", "Siobhan",
    "Kayleigh", "Chantelle", "Jade", "Leah", "Megan", "Carys", "Nansi", "Heledd", "Beca", "Anwen",
]
FIRST_BOYS = [
    "Osian", "Gethin", "Iwan", "Rhodri", "Dylan", "Cai", "Ioan", "Macsen", "Tomos", "Gruff", "Llew", "Harri", "Deio",
    "Oliver", "Jack", "Harry", "Charlie", "Alfie", "Riley", "Jayden", "Kai", "Tyler", "Mason", "Leo", "Finley",
    "Jakub", "Szymon", "Filip", "Kacper", "Antoni", "Mihai", "Andrei", "Darius", "Stefan", "Omar", "Yusuf", "Ahmed",
    "Karim", "Hamza", "Abdi", "Mohamed", "Liban", "Guled", "Arjun", "Rohan", "Ciaran", "Oisin", "Darragh", "Tadhg",
    "Brandon", "Kieran", "Callum", "Reece", "Ellis", "Teilo", "Emrys", "Hywel",
]
SURNAMES = [
    "Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan", "Griffiths", "Price",
    "Jenkins", "Rees", "Owen", "Pugh", "Powell", "Bevan", "Prosser", "Llewellyn", "ap Gwilym", "Parry", "Vaughan",
    "Kowalski", "Nowicka", "Wiśniewski", "Zielińska", "Lewandowski", "Popa", "Ionescu", "Dumitru", "Stan",
    "Constantin", "Haddad", "Nasser", "Al-Masri", "Hassan", "Abdullah", "Ali", "Warsame", "Mohamud", "Farah",
    "Abdi", "Osman", "Sharma", "Patel", "Begum", "Uddin", "O'Connor", "McCarthy", "Byrne", "Smith-Jones",
    "Pritchard", "Watkins", "Harries", "Bowen", "Tudor", "Gwynn", "Sadowski", "Balogun", "Okeke", "Mensah",
]
WOMEN = ["Sarah", "Rhian", "Catrin", "Donna", "Kerry", "Leanne", "Sian", "Bethan", "Nicola", "Lisa", "Joanne",
         "Agata", "Monika", "Elena", "Alina", "Amina", "Samira", "Halima", "Ifrah", "Deepa", "Aoife", "Glenys",
         "Eirwen", "Meinir", "Angharad"]
MEN = ["Gareth", "Rhys", "Dafydd", "Huw", "Steve", "Wayne", "Lee", "Piotr", "Tomasz", "Ion", "Vasile", "Khalid",
       "Tariq", "Mahad", "Sandeep", "Sean", "Emyr", "Geraint", "Bryn"]
ADULT_FIRST = WOMEN + MEN
DOCTOR_NAMES = ["Patel", "Rahman", "Okafor", "Lloyd", "Evans", "Chowdhury", "Nair", "Griffiths", "Morgan", "Iqbal",
                "Bhatt", "Adeyemi", "Thomas", "Pugh", "Reddy", "Walsh", "Kaur", "Singh", "Hopkins", "Edwards"]
TOWNS = ["Abergavenny", "Brecon", "Cowbridge", "Llandovery", "Ammanford", "Neath", "Caerphilly", "Blackwood",
         "Bargoed", "Ebbw Vale", "Tredegar", "Bridgend", "Maesteg", "Pencoed", "Llanelli", "Carmarthen", "Barry",
         "Penarth", "Risca", "Ystradgynlais", "Glynneath", "Resolven", "Senghenydd", "Nelson", "Treharris",
         "Llanbradach", "Rhymney", "Pontardawe", "Gorseinon", "Llantwit Major", "Porthcawl", "Caerau"]
WELSH_WORDS = ["Bedw", "Celyn", "Derw", "Eithin", "Gwenyn", "Hendre", "Llwyn", "Onnen", "Pistyll", "Tywod",
               "Afon", "Gwaun", "Rhedyn", "Ceirw", "Grug", "Mynydd Du", "Glan", "Ffynnon", "Meillion", "Cwrt"]
STREET_TYPES_EN = ["Street", "Road", "Terrace", "Avenue", "Close", "Crescent", "Lane", "Way", "View"]
EN_STREET_NAMES = ["Church", "Victoria", "Oak", "Station", "Mill", "Park", "Bryn", "Hill", "Commercial", "High",
                   "Bute", "Alexandra", "Glanmor", "Windsor", "Chapel", "Llewellyn", "Brynhyfryd", "Tudor"]
OUTCODES = ["CF31", "CF32", "CF34", "CF46", "CF48", "CF62", "CF64", "CF81", "CF82", "CF83", "NP11", "NP12", "NP13",
            "NP22", "NP23", "NP7", "SA10", "SA11", "SA13", "SA14", "SA15", "SA18", "SA31", "LD3"]
SCHOOL_PATTERNS = ["Ysgol Gynradd {w}", "Ysgol {w}", "Ysgol Gymraeg {w}", "{t} Primary", "{t} Primary School",
                   "{t} Community School", "{t} Comprehensive", "{t} High School", "Ysgol Gyfun {w}",
                   "St {saint}'s RC Primary", "{t} Junior School", "{t} Infants"]
SAINTS = ["Teilo", "Illtyd", "Cadoc", "Joseph", "Helen", "Bride", "Patrick", "Alban"]
PRACTICE_PATTERNS = ["{t} Surgery", "{t} Health Centre", "{t} Medical Centre", "{t} Medical Practice",
                     "{w} Surgery", "{t} Family Practice"]
