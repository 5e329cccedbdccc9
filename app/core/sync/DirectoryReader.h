#pragma once

#include "../Result.h"
#include "../domain/DirectoryConnector.h"
#include "LdapSession.h"

#include <QList>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace warden {

/// A directory entry mapped to the fields of a user.
struct DirectoryPerson
{
    QString dn;
    QString key; ///< entryUUID, objectGUID (hex) or, on servers with neither, the DN
    QString email; ///< empty: the entry has no value of the mapped address attribute
    QString displayName;
    QString upn;
    bool disabled = false;
};

/// Reads a connector's directory on a worker thread, so no LDAP call ever runs on the caller's
/// (the GUI's) thread: connects, binds, reads the base entry's identity, decides between the
/// full and the incremental search (a different server identity means full), and streams the
/// mapped entries in batches through a small bounded queue — memory stays flat however large
/// the directory is, and the caller stages one batch while the next is read.
class DirectoryReader
{
public:
    struct Plan
    {
        LdapSession::Settings session;
        DirectoryConnector connector;
        bool forceFull = false;
        int pageSize = 1000;
    };

    explicit DirectoryReader(Plan plan);
    DirectoryReader(const DirectoryReader&) = delete;
    DirectoryReader& operator=(const DirectoryReader&) = delete;
    ~DirectoryReader();

    void start();
    enum class Next { Batch, Waiting, Ended };
    /// Waits up to `waitMs` for the next batch: Batch (in `batch`), Waiting (none yet: the caller
    /// may look at a cancel button and ask again) or Ended (then outcome() says how).
    [[nodiscard]] Next next(QList<DirectoryPerson>& batch, int waitMs = 100);
    void cancel();
    /// After next() returned false: the search's result.
    [[nodiscard]] Status outcome() const;
    /// Known once the first batch arrived or the search ended.
    [[nodiscard]] bool isFull() const { return m_full.load(); }
    [[nodiscard]] QString serverIdentity() const;
    /// The watermark the next incremental run starts from ("usn:N", "csn:ENTRYCSN" or "ts:GENERALIZEDTIME").
    [[nodiscard]] QString highestMark() const;

    /// The incremental filter for `connector`'s watermark; empty when there is none.
    static QString incrementalFilter(const DirectoryConnector& connector);

private:
    void run();
    [[nodiscard]] Status read();
    [[nodiscard]] DirectoryPerson map(const LdapEntry& entry);
    /// Queues `batch`; false when cancelled while waiting for room.
    bool push(QList<DirectoryPerson>&& batch);

    Plan m_plan;
    std::thread m_thread;
    std::atomic_bool m_cancelled {false};
    std::atomic_bool m_full {true};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<DirectoryPerson>> m_queue;
    bool m_ended = false;
    Status m_outcome;
    QString m_identity;
    qint64 m_highestUsn = -1;
    qint64 m_startUsn = -1; ///< the rootDSE's highestCommittedUSN (Active Directory) before the search
    QString m_highestCsn;
    QString m_highestTimestamp;
    qint64 m_searchMs = 0;
};

} // namespace warden
