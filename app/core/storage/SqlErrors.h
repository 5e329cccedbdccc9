#pragma once

#include "../Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace warden {

/// Turns a failed QSqlQuery into a Storage refusal a person can act on ("the database is locked
/// by another program") and logs the driver text, which may hold table names but never values.
Refusal storageRefusal(const QSqlError& error, const char* what);
/// The same from the driver's own text (libpq's, for statements run outside QSqlQuery);
/// `detail` is what the generic message quotes.
Refusal storageRefusal(const QString& text, const QString& detail, const char* what);

/// Prepares and executes; on failure returns the storage refusal.
Status exec(QSqlQuery& query, const char* what);
Status execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what);
/// The first column of every row, as text.
Result<QStringList> selectStrings(QSqlQuery& query, const QString& sql, const QVariantList& values, const char* what);
/// Executes a statement without parameters (DDL, set-based steps).
Status execStatement(QSqlQuery& query, const QString& sql, const char* what);
/// `count` parameter marks for an IN list: "?,?,?".
QString placeholders(qsizetype count);
/// One INSERT of `rows` rows into `table`'s `columns`, every value a parameter.
QString multiRowInsert(const QString& table, const QStringList& columns, qsizetype rows);

} // namespace warden
