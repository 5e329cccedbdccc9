#pragma once

#include "../Result.h"
#include "../domain/Computer.h"

#include <QList>
#include <optional>

namespace warden {

class Database;

/// Computers and their requests to join the database, as stored. `now` (seconds since the Unix
/// epoch) decides which pending requests read as expired. No authorization here.
class ComputerStore
{
public:
    ComputerStore(Database& database, qint64 now);

    [[nodiscard]] Result<std::optional<Computer>> computer(qint64 id) const;
    /// Every computer and request, newest first.
    [[nodiscard]] Result<QList<Computer>> computers() const;
    [[nodiscard]] Result<QList<Computer>> approved() const;
    /// The id of the user's pending, unexpired request, if there is one.
    [[nodiscard]] Result<std::optional<qint64>> pendingOfUser(qint64 userId) const;
    /// The new computer's id.
    [[nodiscard]] Result<qint64> insert(const Computer& computer);
    /// Moves a computer from `from` to `to` with who decided and when; false when it was no
    /// longer in `from` (another console decided first).
    [[nodiscard]] Result<bool> decide(qint64 id, ComputerStatus from, ComputerStatus to, const QString& by,
                                      const QString& at);
    /// The database key sealed to the computer, and which key it is.
    [[nodiscard]] Status setSealedKey(qint64 id, const QString& sealedKey, const QString& keyId);
    /// Gives a computer registered without an owner to the administrator who first signs in on it.
    [[nodiscard]] Status claim(qint64 id, qint64 userId, const QString& email);
    [[nodiscard]] Status touch(qint64 id, const QString& at);
    /// Pending requests past their 24 hours, marked expired; their ids.
    [[nodiscard]] Result<QList<Computer>> expireOverdue(const QString& at);
    /// Requests no computer with the key has yet written to the audit log.
    [[nodiscard]] Result<QList<Computer>> unauditedRequests() const;
    [[nodiscard]] Status markRequestAudited(qint64 id);

    /// The computer's audit signing key, once an entry of the log registers it.
    [[nodiscard]] Status setSigningKey(qint64 id, const QString& signingKey);

private:
    [[nodiscard]] Result<QList<Computer>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    qint64 m_now;
};

} // namespace warden
