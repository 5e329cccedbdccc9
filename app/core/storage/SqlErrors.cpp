#include "SqlErrors.h"

#include "../Logging.h"

#include <QCoreApplication>
#include <QVariant>

namespace warden {

Refusal storageRefusal(const QSqlError& error, const char* what)
{
    return storageRefusal(error.text(), error.databaseText().isEmpty() ? error.text() : error.databaseText(), what);
}

Refusal storageRefusal(const QString& text, const QString& detail, const char* what)
{
    logger("storage")->error("{} failed: {}", what, text.toStdString());
    const QString lower = text.toLower();
    QString message;
    if (lower.contains(QLatin1String("lock timeout"))) {
        message = QCoreApplication::translate(
            "Database",
            "The database is busy with another console's change. Try again in a moment; nothing was changed.");
    } else if (lower.contains(QLatin1String("server closed the connection"))
               || lower.contains(QLatin1String("no connection to the server"))
               || lower.contains(QLatin1String("terminating connection"))
               || lower.contains(QLatin1String("connection to server"))) {
        message = QCoreApplication::translate("Database",
                                              "The connection to the database server was lost. Warden reconnects by "
                                              "itself; try again in a moment.");
    } else if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        message = QCoreApplication::translate(
            "Database",
            "The database is locked by another program. Close it or try again in a moment; nothing was changed.");
    } else if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))
               || lower.contains(QLatin1String("read only"))) {
        message = QCoreApplication::translate(
            "Database", "The database is read-only. Check the file's permissions; nothing was changed.");
    } else if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed"))) {
        message = QCoreApplication::translate("Database", "The file is not a Warden database (or it is damaged).");
    } else if (lower.contains(QLatin1String("unique")) || lower.contains(QLatin1String("duplicate key"))) {
        return Refusal {Refusal::Kind::Conflict,
                        QCoreApplication::translate("Database", "That entry already exists; nothing was changed.")};
    } else {
        message = QCoreApplication::translate("Database", "The database reported an error while %1: %2")
                      .arg(QString::fromLatin1(what), detail);
    }
    return Refusal {Refusal::Kind::Storage, message};
}

Status exec(QSqlQuery& query, const char* what)
{
    // A null QString would bind as SQL NULL; the schema's text columns are NOT NULL with ''
    // meaning "none". Real NULLs are bound as null QVariants and pass through unchanged.
    const QVariantList bound = query.boundValues();
    for (qsizetype i = 0; i < bound.size(); ++i) {
        const QVariant& value = bound.at(i);
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.bindValue(static_cast<int>(i), QString::fromLatin1(""));
        }
    }
    if (!query.exec()) {
        return storageRefusal(query.lastError(), what);
    }
    return {};
}

Status execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what)
{
    if (!query.prepare(sql)) {
        return storageRefusal(query.lastError(), what);
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return exec(query, what);
}

Status execStatement(QSqlQuery& query, const QString& sql, const char* what)
{
    if (!query.exec(sql)) {
        return storageRefusal(query.lastError(), what);
    }
    return {};
}

Result<QStringList> selectStrings(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what)
{
    if (auto done = execPrepared(query, sql, values, what); !done) {
        return done.refusal();
    }
    QStringList texts;
    while (query.next()) {
        texts.append(query.value(0).toString());
    }
    return texts;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        marks.append(QStringLiteral("?"));
    }
    return marks.join(QLatin1Char(','));
}

QString multiRowInsert(const QString& table, const QStringList& columns, qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    const QString one = QLatin1Char('(') + placeholders(columns.size()) + QLatin1Char(')');
    sql.reserve(sql.size() + rows * (one.size() + 1));
    for (qsizetype i = 0; i < rows; ++i) {
        sql += (i == 0 ? QString() : QStringLiteral(",")) + one;
    }
    return sql;
}

} // namespace warden
