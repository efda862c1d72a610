package io.github.justculture.cli.serve;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;

/**
 * The most open connections, with idle ones closed quickly while the limit is reached.
 *
 * <p>Jetty's {@link NetworkConnectionLimit} stops accepting at the limit (new connections wait in
 * the kernel's queue) and shortens the idle timeout of the connections open at that moment. A burst
 * of clients that connect and say nothing arrives faster than their connections open, so they would
 * keep the full idle timeout and hold the service off for it. This cap also shortens the idle
 * timeout of every connection that opens while the limit is reached.
 */
final class ConnectionCap extends NetworkConnectionLimit implements Connection.Listener {

  private final long limitedIdleMillis;
  private volatile boolean limited;

  /**
   * A cap for a server's connectors.
   *
   * @param max the most open connections
   * @param limitedIdleMillis the idle timeout of connections while the cap is reached
   * @param server the server
   */
  ConnectionCap(int max, long limitedIdleMillis, Server server) {
    super(max, server);
    this.limitedIdleMillis = limitedIdleMillis;
    setEndPointIdleTimeout(limitedIdleMillis);
  }

  @Override
  protected void limit() {
    limited = true;
    super.limit();
  }

  @Override
  protected void unlimit() {
    limited = false;
    super.unlimit();
  }

  @Override
  public void onOpened(Connection connection) {
    if (limited) {
      connection.getEndPoint().setIdleTimeout(limitedIdleMillis);
    }
  }
}
