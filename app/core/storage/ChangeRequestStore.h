#pragma once

#include "../Result.h"
#include "../domain/ChangeRequest.h"

#include <QList>
#include <optional>

namespace warden {

class Database;

/// Protected-role change requests as stored. Times are seconds since the Unix epoch (`expiresAt`)
/// or ISO 8601 text; `now` decides which pending requests read as expired. No authorization here.
class ChangeRequestStore
{
public:
    ChangeRequestStore(Database& database, qint64 now);

    [[nodiscard]] Result<std::optional<ChangeRequest>> request(qint64 requestId) const;
    /// The account's requests, newest first.
    [[nodiscard]] Result<QList<ChangeRequest>> requests(qint64 accountId) const;
    /// The id of a pending, unexpired request for the same change, if there is one.
    [[nodiscard]] Result<std::optional<qint64>> pendingDuplicate(const ChangeRequest& request) const;
    /// The new request's id.
    [[nodiscard]] Result<qint64> insert(const ChangeRequest& request);
    /// Marks a pending request expired; false when it was no longer pending.
    [[nodiscard]] Result<bool> expire(qint64 requestId, const QString& at);
    /// Records the decision when the request is still pending and unexpired; false otherwise.
    [[nodiscard]] Result<bool> decide(qint64 requestId, ChangeRequestStatus status, const QString& by,
                                      const QString& at, const QString& note);

private:
    [[nodiscard]] Result<QList<ChangeRequest>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    qint64 m_now;
};

} // namespace warden
