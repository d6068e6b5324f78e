-- The matcher's profiles kept in memory (ProfileCache): every change of an interpreter through the application raises
-- coverage_pool_state.generation and writes the raised value here, in the same transaction, so that a node whose
-- cache stands at generation G reloads only the interpreters with pool_generation > G, by this index. Rows written by
-- SQL outside the application keep 0 here: after such a change, raise the generation and set pool_generation to it on
-- the rows changed (or on every row), or restart the servers.
ALTER TABLE interpreter ADD COLUMN pool_generation BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_interpreter_pool_generation ON interpreter (pool_generation);
