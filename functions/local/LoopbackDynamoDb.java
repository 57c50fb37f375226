// DynamoDB Local's own server, started with its own command-line options, but listening on 127.0.0.1 only.
//
// DynamoDB Local builds a Jetty server on every network interface and has no option to choose the address
// (its options: -port, -inMemory, -dbPath, -sharedDb, -cors, -delayTransientStatuses,
// -optimizeDbBeforeStartup, -disableTelemetry). This builds the same server the same way, sets the address
// of its one connector to loopback before it starts, and starts it. Run from source by `java` (Java 11+ with
// the JDK's compiler): see functions/local/dynamo-local.ts.

import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class LoopbackDynamoDb {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local's server has no connector");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    proxy.start();
    System.out.println("DynamoDB Local listening on 127.0.0.1 only");
  }
}
