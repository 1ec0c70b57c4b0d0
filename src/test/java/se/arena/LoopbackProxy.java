package se.arena;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on the loopback interface between the application and its database, which a test
 * cuts and restores to play a database outage: cut, every open connection breaks and a new one is
 * closed as soon as it is made, as while a database server restarts.
 */
final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int databasePort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    LoopbackProxy(int databasePort) throws IOException {
        this.databasePort = databasePort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("loopback-proxy").start(this::acceptConnections);
    }

    int port() {
        return listener.getLocalPort();
    }

    void cut() {
        cut = true;
        closeAll();
    }

    void restore() {
        cut = false;
    }

    @Override
    public void close() throws IOException {
        cut = true;
        listener.close();
        closeAll();
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            Socket application;
            try {
                application = listener.accept();
            } catch (IOException listenerClosed) {
                return;
            }
            open.add(application);
            if (cut) {
                close(application);
                continue;
            }
            try {
                Socket database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                open.add(database);
                application.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                relay(application, database);
                relay(database, application);
            } catch (IOException databaseRefused) {
                close(application);
            }
            if (cut) {
                closeAll();
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread.ofVirtual().name("loopback-proxy-relay").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // one side went away; the other is closed below
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private void closeAll() {
        open.forEach(this::close);
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // closing is all that was wanted
        }
    }
}
