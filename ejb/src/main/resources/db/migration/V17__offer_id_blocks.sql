-- Offer ids in blocks (issue 13): each server takes a block of ids at a time (org.saphan.domain.model.booking.Offer,
-- Hibernate's table generator with its pooled optimizer) and gives them to offers before they are inserted, so that a
-- wave of offers is written as one JDBC batch. The column keeps its AUTO_INCREMENT for rows written by hand.
-- Written for both MariaDB and H2 (MODE=MariaDB).
CREATE TABLE id_block (
    name      VARCHAR(32)  NOT NULL,
    next_val  BIGINT       NOT NULL,
    CONSTRAINT pk_id_block PRIMARY KEY (name)
);
-- Above every offer there is, by one block and one more: whether the optimizer reads the stored value as the first id
-- of its block or as the last, every id it hands out is new.
INSERT INTO id_block (name, next_val) SELECT 'offer', COALESCE(MAX(id), 0) + 501 FROM offer;
