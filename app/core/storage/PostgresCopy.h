#pragma once

#include "../Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace warden {

class Database;

/// Streams rows into a PostgreSQL table with COPY ... FROM STDIN on the database's own connection
/// (libpq's PQputCopyData on the driver's handle), inside the transaction that is open there:
/// the bulk path PostgreSQL itself offers, an order of magnitude faster than multi-row INSERTs.
/// Rows are buffered and sent by one COPY statement per megabyte, so other statements may run on
/// the connection between add() calls.
class PostgresCopy
{
public:
    PostgresCopy(Database& database, const QString& table, const QStringList& columns);

    /// Whether the connection is a PostgreSQL one this class can reach (the QPSQL driver).
    [[nodiscard]] static bool availableOn(Database& database);

    /// Buffers one row: a value per column; a null QVariant is SQL NULL.
    [[nodiscard]] Status add(const QVariantList& row);
    /// Sends the buffered rows.
    [[nodiscard]] Status flush();

private:
    void appendField(const QVariant& value);

    Database& m_database;
    QByteArray m_statement;
    QByteArray m_buffer;
};

} // namespace warden
