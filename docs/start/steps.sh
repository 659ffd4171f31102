docket init --db council.db
docket import --db council.db committees committees.csv
docket import --db council.db strategies strategies.csv
docket import --db council.db themes themes.csv
docket import --db council.db plans plans.csv
docket import --db council.db priorities priorities.csv
docket import --db council.db officers officers.csv
docket import --db council.db meetings meetings.csv
docket import --db council.db measures measures.csv
docket import --db council.db values values.csv
docket import --db council.db actions actions.csv
docket import --db council.db papers papers.csv
docket narrative import --db council.db --paper 1 paper.md
docket render --db council.db --paper 1 -o paper.pdf
