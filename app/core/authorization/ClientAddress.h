#pragma once

#include <QString>

namespace warden {

class Database;

/// The address this console connects from, for IP allow-lists: WARDEN_CLIENT_ADDRESS when set
/// (tests, or a gateway that knows better), else what a PostgreSQL server sees
/// (inet_client_addr()), else this machine's first non-loopback address, else 127.0.0.1.
class ClientAddress
{
public:
    [[nodiscard]] static QString detect(Database& database);
};

} // namespace warden
