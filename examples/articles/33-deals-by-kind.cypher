// graph: articles
// How many deals of each kind, and how much money do they add up to?
MATCH (d:Deal)
RETURN d.kind AS kind, count(*) AS deals, sum(d.amount_usd) AS total_usd
ORDER BY kind;
/* expect
| kind          | deals | total_usd     |
| 'acquisition' | 2     | 1585615491    |
| 'donation'    | 1     | 129000        |
| 'fundraising' | 1     | 7000000000000 |
| 'investment'  | 7     | 15811000000   |
| 'partnership' | 4     | 0             |
| 'purchase'    | 16    | 5858312586    |
(6 rows)
*/
