package org.rosetta.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration carried to the tasks (credentials and endpoints of S3-compatible
 * storage, HDFS addresses), so they read the archive as the driver listed it.
 */
final class HadoopSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] written;
  private transient Configuration configuration;

  HadoopSettings(Configuration configuration) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      configuration.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.written = bytes.toByteArray();
    this.configuration = configuration;
  }

  Configuration configuration() {
    if (configuration == null) {
      Configuration read = new Configuration(false);
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
        read.readFields(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      configuration = read;
    }
    return configuration;
  }
}
