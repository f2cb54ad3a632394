// Copied web pages written by hand, shared by the suites that need one.

/** A copied page whose menu holds no line that reads as a title: two words each, none repeated. */
export const WEAK_TITLE_PAGE = [
  "Home Page",
  "World News",
  "Sport Results",
  "Business Desk",
  "Culture Pages",
  "Log In",
  "Search Here",
  "Negotiators met again on Sunday in Geneva, officials from both sides said, after a pause of two weeks.",
  "The talks are expected to last until Wednesday, and a statement may follow on Thursday morning.",
  "Privacy Policy",
  "Contact Us",
  "Terms Apply",
].join("\n");
