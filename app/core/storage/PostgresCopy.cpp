#include "PostgresCopy.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <memory>

namespace warden {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

PGconn* connectionOf(Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    // QPSQL declares the handle's type by libpq's struct name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.constData());
}

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

Refusal copyRefusal(PGconn* connection, const char* step)
{
    const QString problem = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    return storageRefusal(problem, problem, step);
}

} // namespace

PostgresCopy::PostgresCopy(Database& database, const QString& table, const QStringList& columns)
    : m_database(database)
    , m_statement(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8())
{
    m_buffer.reserve(kFlushBytes + 4096);
}

bool PostgresCopy::availableOn(Database& database)
{
    return connectionOf(database) != nullptr;
}

void PostgresCopy::appendField(const QVariant& value)
{
    if (value.isNull()) {
        m_buffer += "\\N";
        return;
    }
    // COPY's text format: backslash escapes for the delimiter, line ends and the backslash.
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

Status PostgresCopy::add(const QVariantList& row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0) {
            m_buffer += '\t';
        }
        appendField(row.at(i));
    }
    m_buffer += '\n';
    return m_buffer.size() >= kFlushBytes ? flush() : Status();
}

Status PostgresCopy::flush()
{
    if (m_buffer.isEmpty()) {
        return {};
    }
    PGconn* connection = connectionOf(m_database);
    if (connection == nullptr) {
        return Refusal {Refusal::Kind::Storage,
                        QCoreApplication::translate("Database", "The database connection does not offer COPY.")};
    }
    const QByteArray rows = std::exchange(m_buffer, QByteArray());
    m_buffer.reserve(kFlushBytes + 4096);
    ResultPtr started(PQexec(connection, m_statement.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) {
        return copyRefusal(connection, "starting to copy rows");
    }
    const bool sent = PQputCopyData(connection, rows.constData(), int(rows.size())) == 1;
    if (PQputCopyEnd(connection, sent ? nullptr : "Warden could not send the rows") != 1) {
        return copyRefusal(connection, "copying rows");
    }
    // The statement's outcome; then the connection is free for the next statement.
    Status outcome;
    while (ResultPtr result {PQgetResult(connection)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && outcome) {
            outcome = copyRefusal(connection, "copying rows");
        }
    }
    if (outcome && !sent) {
        return copyRefusal(connection, "copying rows");
    }
    return outcome;
}

} // namespace warden
