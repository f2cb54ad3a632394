// Sample articles for the page, written for it (invented stories, invented
// people and links): one per layout the parser is meant to read.

export interface Sample {
  id: string;
  title: string;
  text: string;
}

const aggregator = `"Harbour Cleanup Reaches Its Halfway Mark, City Says"

Volunteers and city crews have now cleared half of the old harbour basin, the port authority said on Tuesday, three months after divers began lifting scrap from the seabed. Officials said the work was ahead of the schedule set in the spring.

The authority said more than 40 tonnes of metal, rope and plastic had been brought up so far, most of it from the stretch beside the former ferry pier.

What Was Found on the Seabed

Divers reported two sunken rowing boats, a shopping trolley and dozens of tyres. "Every week we think we have seen the strangest thing, and then someone surfaces with something new," said team leader Mara Olsen.

Marine biologists from the local university are cataloguing the crabs and mussels that had settled on the debris before it is recycled.

When the Basin Reopens to Boats

The city expects to reopen the basin to small boats next summer, once the last section near the sea wall has been cleared and surveyed.

Source: harbourdaily
Original: www.example.com/news/harbour-cleanup-halfway/
Statement: This article represents the views of the author.`;

const bbc = `Village bakery wins national bread award
By Tom Hartley
Business reporter
A family bakery in a village of 400 people has been named the best in the country at an annual baking competition.
The judges praised its sourdough loaf, which owner Priya Shah said took her two years to perfect.
"We bake everything overnight, so winning this still feels like a dream," she said.
The bakery opened in a converted post office in 2019 and now employs nine people.
Competition organisers said more than 900 bakeries had entered this year, a record.
Ms Shah said the prize money would pay for a second oven.`;

const wire = `UPDATE 2-Lumber prices jump as storms close sawmills

By Alex Moreno

WASHINGTON, March 3 (Reuters) - U.S. lumber futures rose for a fourth straight session on Tuesday after storms forced several large sawmills in the Southeast to halt production.

Futures for May delivery climbed 3.1% to $612 per thousand board feet, the highest level in six weeks, traders said.

"The market was already tight, and losing a week of output from the biggest mills pushed buyers to cover," said one broker in Chicago.

Homebuilders have warned that higher material costs could slow the spring building season.

(Reporting by Alex Moreno; Additional reporting by Lena Park; Editing by Chris Ward)`;

const database = `                               1 of 2 DOCUMENTS

                                The Lakeside Courier

                            March 14, 2024 Thursday

Council approves new cycle lanes for the old town

BYLINE: Jonas Weber

SECTION: LOCAL NEWS; Pg. 4

LENGTH: 312 words

The town council voted on Wednesday to build protected cycle lanes along three streets in the old town, after a year of consultations with residents and shop owners.

Work on the first street is due to start in June. The council said parking spaces lost to the lanes would be replaced in a new car park near the station.

Shop owners had asked for deliveries to be allowed in the early morning, and the final plan includes loading bays on each street.

LOAD-DATE: March 15, 2024

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

Copyright 2024 The Lakeside Courier
All Rights Reserved`;

const chinese = `山城图书馆夜间开放首月 借阅量增长三成

本报讯 山城市图书馆自上月起试行夜间开放，每周五、周六延长至晚上十点。馆方介绍，首月夜间时段接待读者一万二千余人次，整体借阅量比去年同期增长约三成。

不少读者表示，下班后也能来馆里看书、自习，十分方便。一位在附近工作的读者说：“以前只能周末来，现在晚上也有地方安静读书了。”

夜间开放的下一步

馆方表示，将根据读者反馈，考虑增加夜间讲座和亲子阅读活动，并在地铁站附近设立自助借还点。

来源：山城晚报
原文：www.example.cn/news/library-night/
声明：本文仅代表作者观点。`;

/** The samples, in the order the picker lists them. */
export const samples: readonly Sample[] = [
  {
    id: "aggregator",
    title: "Aggregator repost (quoted headline, subheads, Source/Original)",
    text: aggregator,
  },
  { id: "bbc", title: "BBC-style story (one paragraph a line)", text: bbc },
  { id: "wire", title: "Wire story (dateline, credits)", text: wire },
  { id: "database", title: "Database export (1 of 2 DOCUMENTS)", text: database },
  { id: "chinese", title: "Chinese repost (来源/原文)", text: chinese },
];
