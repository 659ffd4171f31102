docket init --db council.db
sqlite3 council.db < council.sql
docket import --db council.db officers officers.csv
docket import --db council.db meetings meetings.csv
docket import --db council.db measures measures.csv
docket import --db council.db values values.csv
docket import --db council.db actions actions.csv
sqlite3 council.db < paper.sql
docket narrative import --db council.db --paper 1 paper.md
docket render --db council.db --paper 1 -o paper.pdf
