/** Strings of the start page and the sign-in form; the English dictionary has the same keys. */
export const startSv = {
  start: {
    title: 'Välkommen till Styrbord',
    intro:
      'Styrbord är ett styr- och uppföljningssystem för kommunala nämnder inom välfärden. Demon visar Linköpings kommun med verklig, offentlig organisation: nämnder, förvaltningar, verksamheter och reglementets ansvarsfördelning – daterat, så att du kan se hur det såg ut före och efter omorganisationen 1 januari 2024.',
    whatTitle: 'Vad du tittar på',
    what: [
      'Organisation: kommunen, förvaltningar, nämnder och deras verksamhetsträd vid valfritt datum.',
      'Nämnder: en nämnds verksamheter; behöriga användare kan byta namn på en verksamhet.',
      'Reglemente: vilken nämnd ansvarar för en insats enligt en viss lag, för en viss ålder, ett visst datum?',
      'Ändringslogg: vem ändrade vad och när (för administratör och revisor).',
    ],
    loginTitle: 'Logga in',
    username: 'Användarnamn',
    password: 'Lösenord',
    signIn: 'Logga in',
    signingIn: 'Loggar in …',
    demoTitle: 'Demokonton',
    demoCaption: 'Demokonton – alla har lösenordet nedan',
    role: 'Roll',
    description: 'Beskrivning',
    action: 'Åtgärd',
    useAccount: (u: string) => `Logga in som ${u}`,
    welcome: (name: string) => `Du är inloggad som ${name}.`,
    continueTo: 'Fortsätt till',
  },
};

export type StartDict = typeof startSv;

export const startEn = {
  start: {
    title: 'Welcome to Styrbord',
    intro:
      'Styrbord is a planning and follow-up system for Swedish municipal committees in the welfare sector. The demo shows the municipality of Linköping with its real, public organisation: committees, administrations, activities and the charter’s division of responsibility – dated, so you can see it before and after the reorganisation of 1 January 2024.',
    whatTitle: 'What you are looking at',
    what: [
      'Organisation: the municipality, administrations, committees and their activity trees on any date.',
      'Committees: one committee’s activities; authorised users can rename an activity.',
      'Charter: which committee is responsible for an intervention under a given law, for a given age, on a given date?',
      'Audit log: who changed what and when (for administrators and auditors).',
    ],
    loginTitle: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in …',
    demoTitle: 'Demo accounts',
    demoCaption: 'Demo accounts – all use the password below',
    role: 'Role',
    description: 'Description',
    action: 'Action',
    useAccount: (u) => `Sign in as ${u}`,
    welcome: (name) => `You are signed in as ${name}.`,
    continueTo: 'Continue to',
  },
} satisfies StartDict;
