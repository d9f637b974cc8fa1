// EXPLAIN must never run a COPY (it would import).
EXPLAIN COPY Person FROM 'no-such-file.csv';
/* expect
error: UnsupportedFeature at 2:9: EXPLAIN and PROFILE do not apply to COPY
*/
